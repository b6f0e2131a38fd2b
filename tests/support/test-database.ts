import { loadConfig } from '@berdaya/config';
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

// The server is the one the environment points at (the local one by default); the databases on it
// are the suite's own, uniquely named, and dropped by dropTestDatabases.
const serverUrl = new URL(loadConfig(process.env).databaseUrl);
const created = new Set<string>();

/** The URL of a database that does not exist yet; the app under test is expected to create it. */
export function freshDatabaseUrl(): string {
  const name = `berdaya_e2e_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  created.add(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on a database and returns its rows. */
export async function query<T>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query(sql, params);
    return result.rows as T[];
  } finally {
    await client.end();
  }
}

/** Drops every database freshDatabaseUrl handed out, whether or not it was created. */
export async function dropTestDatabases(): Promise<void> {
  const maintenance = new URL(serverUrl);
  maintenance.pathname = '/postgres';
  for (const name of created) {
    await query(
      maintenance.toString(),
      `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`,
    );
  }
  created.clear();
}
