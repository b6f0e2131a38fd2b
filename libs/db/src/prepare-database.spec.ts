import { ServiceUnavailableError } from '@berdaya/config';
import type { DataSource } from 'typeorm';
import { migrations } from './migrations';
import { prepareDatabase } from './prepare-database';
import {
  databaseNameOf,
  dropDatabase,
  freshDatabaseUrl,
  onMaintenanceDatabase,
  withClient,
} from './testing/test-database';

const EVERY_MIGRATION = migrations.map((migration) => migration.name);

async function databaseExists(databaseUrl: string): Promise<boolean> {
  const { rowCount } = await onMaintenanceDatabase((client) =>
    client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseNameOf(databaseUrl)]),
  );
  return rowCount === 1;
}

async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    'SELECT name FROM migrations ORDER BY id',
  );
  return rows.map((row) => row.name);
}

// The string literals of a CHECK, in order: PostgreSQL rewrites `IN ('a', 'b')` as
// `= ANY (ARRAY['a'::text, 'b'::text])`, but keeps the literals themselves.
function quotedLiterals(sql: string): string[] {
  return [...sql.matchAll(/'((?:[^']|'')*)'/g)].map(([, literal]) => literal);
}

// What the migrations left in the public schema, beyond what extensions brought.
async function ownObjects(dataSource: DataSource) {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const functions = await dataSource.query<{ name: string }[]>(
    `SELECT proname AS name FROM pg_proc p
      WHERE pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1`,
  );
  return { tables: tables.map((row) => row.name), functions: functions.map((row) => row.name) };
}

describe('prepareDatabase', () => {
  let databaseUrl: string;
  const opened: DataSource[] = [];

  async function prepare(): Promise<DataSource> {
    const dataSource = await prepareDatabase({ databaseUrl });
    opened.push(dataSource);
    return dataSource;
  }

  beforeEach(() => {
    databaseUrl = freshDatabaseUrl();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((dataSource) => dataSource.destroy()));
    await dropDatabase(databaseUrl);
  });

  it('creates the database when it is missing and applies the migrations', async () => {
    expect(await databaseExists(databaseUrl)).toBe(false);

    const dataSource = await prepare();

    expect(dataSource.isInitialized).toBe(true);
    expect(await databaseExists(databaseUrl)).toBe(true);
    expect(await appliedMigrations(dataSource)).toEqual(EVERY_MIGRATION);
    const [table] = await dataSource.query<{ name: string | null }[]>(
      `SELECT to_regclass('public.workflow_definitions') AS name`,
    );
    expect(table?.name).toBe('workflow_definitions');
  });

  it('leaves the entities and the migrations in agreement', async () => {
    const dataSource = await prepare();

    const pending = await dataSource.driver.createSchemaBuilder().log();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  // TypeORM compares CHECK constraints by name only, so a value added to an entity's list and not
  // to a migration would go unnoticed above.
  it('allows in each CHECK constraint exactly the values its entity lists', async () => {
    const dataSource = await prepare();
    const declared = Object.fromEntries(
      dataSource.entityMetadatas.flatMap((entity) =>
        entity.checks.map((check) => [
          `${entity.tableName}.${check.name}`,
          quotedLiterals(check.expression ?? ''),
        ]),
      ),
    );

    const rows = await dataSource.query<{ key: string; definition: string }[]>(
      `SELECT conrelid::regclass::text || '.' || conname AS key, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
    );
    const applied = Object.fromEntries(
      rows.map(({ key, definition }) => [key, quotedLiterals(definition)]),
    );

    expect(applied).toEqual(declared);
  });

  it('applies the migrations once when two processes start together', async () => {
    const [first, second] = await Promise.all([prepare(), prepare()]);

    expect(await appliedMigrations(first)).toEqual(EVERY_MIGRATION);
    expect(await appliedMigrations(second)).toEqual(EVERY_MIGRATION);
  });

  it('starts again on a database that is already up to date', async () => {
    const first = await prepare();
    await first.destroy();
    opened.splice(0);

    const again = await prepare();

    expect(await appliedMigrations(again)).toEqual(EVERY_MIGRATION);
  });

  it('keeps workflow definition statuses to draft, published and retired', async () => {
    await prepare();
    const insert = (status: string) =>
      withClient(databaseUrl, (client) =>
        client.query(
          `INSERT INTO workflow_definitions (id, version, status, definition) VALUES ('default', 1, $1, '{}')`,
          [status],
        ),
      );

    await expect(insert('archived')).rejects.toThrow(/CHK_workflow_definitions_status/);
    await expect(insert('draft')).resolves.toMatchObject({ rowCount: 1 });
  });

  it('reverts every migration, newest first, and applies them again', async () => {
    const dataSource = await prepare();

    while ((await appliedMigrations(dataSource)).length > 0) await dataSource.undoLastMigration();

    expect(await appliedMigrations(dataSource)).toEqual([]);
    expect(await ownObjects(dataSource)).toEqual({ tables: ['migrations'], functions: [] });

    await dataSource.runMigrations();

    expect(await appliedMigrations(dataSource)).toEqual(EVERY_MIGRATION);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('names PostgreSQL, its address and how to start it when the server is unreachable', async () => {
    // Kept out of databaseUrl, whose database afterEach drops on the real server.
    const unreachable = 'postgres://postgres:hunter2@127.0.0.1:1/berdaya';

    const failure = prepareDatabase({ databaseUrl: unreachable });

    await expect(failure).rejects.toBeInstanceOf(ServiceUnavailableError);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toContain('PostgreSQL is not reachable at 127.0.0.1:1');
    expect(message).toContain(
      'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    );
    expect(message).toContain('docker compose up -d postgres redis');
    expect(message).not.toContain('hunter2');
  });

  it('lets an answer from the server, such as an unknown role, surface as it is', async () => {
    const url = new URL(freshDatabaseUrl());
    url.username = 'no_such_role';

    const failure = prepareDatabase({ databaseUrl: url.toString() });

    await expect(failure).rejects.toThrow(/no_such_role/);
    await expect(failure).rejects.not.toBeInstanceOf(ServiceUnavailableError);
  });
});
