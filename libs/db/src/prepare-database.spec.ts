import { loadConfig, ServiceUnavailableError } from '@berdaya/config';
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import type { DataSource } from 'typeorm';
import { prepareDatabase } from './prepare-database';

// The server under test is the one the environment points at (the local one by default); every
// test gets a database of its own, named uniquely and dropped afterwards.
const serverUrl = new URL(loadConfig(process.env).databaseUrl);

function freshDatabaseUrl(): string {
  const url = new URL(serverUrl);
  url.pathname = `/berdaya_db_spec_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

async function withClient<T>(
  databaseUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function onMaintenanceDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return withClient(url.toString(), work);
}

function databaseNameOf(databaseUrl: string): string {
  return new URL(databaseUrl).pathname.slice(1);
}

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
    await onMaintenanceDatabase((client) =>
      client.query(
        `DROP DATABASE IF EXISTS ${escapeIdentifier(databaseNameOf(databaseUrl))} WITH (FORCE)`,
      ),
    );
  });

  it('creates the database when it is missing and applies the migrations', async () => {
    expect(await databaseExists(databaseUrl)).toBe(false);

    const dataSource = await prepare();

    expect(dataSource.isInitialized).toBe(true);
    expect(await databaseExists(databaseUrl)).toBe(true);
    expect(await appliedMigrations(dataSource)).toEqual(['CreateWorkflowDefinitions1795345467195']);
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

  it('applies the migrations once when two processes start together', async () => {
    const [first, second] = await Promise.all([prepare(), prepare()]);

    expect(await appliedMigrations(first)).toEqual(['CreateWorkflowDefinitions1795345467195']);
    expect(await appliedMigrations(second)).toEqual(['CreateWorkflowDefinitions1795345467195']);
  });

  it('starts again on a database that is already up to date', async () => {
    const first = await prepare();
    await first.destroy();
    opened.splice(0);

    const again = await prepare();

    expect(await appliedMigrations(again)).toEqual(['CreateWorkflowDefinitions1795345467195']);
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

  it('can revert the migration', async () => {
    const dataSource = await prepare();

    await dataSource.undoLastMigration();

    const [table] = await dataSource.query<{ name: string | null }[]>(
      `SELECT to_regclass('public.workflow_definitions') AS name`,
    );
    expect(table?.name).toBeNull();
    expect(await appliedMigrations(dataSource)).toEqual([]);
  });

  it('names PostgreSQL, its address and how to start it when the server is unreachable', async () => {
    databaseUrl = 'postgres://postgres:hunter2@127.0.0.1:1/berdaya';

    const failure = prepareDatabase({ databaseUrl });

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
