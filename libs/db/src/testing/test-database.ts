import { loadConfig } from '@berdaya/config';
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import type { DataSource } from 'typeorm';
import { prepareDatabase } from '../prepare-database';

// The server under test is the one the environment points at (the local one by default); every
// database a test uses is its own, named uniquely and dropped afterwards.
const serverUrl = new URL(loadConfig(process.env).databaseUrl);

/** The URL of a database that does not exist yet. */
export function freshDatabaseUrl(): string {
  const url = new URL(serverUrl);
  url.pathname = `/berdaya_db_spec_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

export function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

export async function withClient<T>(
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

export function onMaintenanceDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return withClient(url.toString(), work);
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await onMaintenanceDatabase((client) =>
    client.query(
      `DROP DATABASE IF EXISTS ${escapeIdentifier(databaseNameOf(databaseUrl))} WITH (FORCE)`,
    ),
  );
}

/**
 * Gives the calling spec file a database of its own, migrated before its first test and dropped
 * after its last.
 */
export function useMigratedDatabase(): { readonly dataSource: DataSource } {
  const databaseUrl = freshDatabaseUrl();
  let prepared: DataSource | undefined;

  beforeAll(async () => {
    prepared = await prepareDatabase({ databaseUrl });
    // These specs break constraints on purpose; TypeORM would print every refused statement, and
    // the errors reach the tests anyway.
    prepared.setOptions({ logging: [] });
  });

  afterAll(async () => {
    await prepared?.destroy();
    await dropDatabase(databaseUrl);
  });

  return {
    get dataSource(): DataSource {
      if (!prepared) throw new Error('the test database is ready only once beforeAll has run');
      return prepared;
    },
  };
}
