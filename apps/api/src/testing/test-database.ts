import { loadConfig } from '@berdaya/config';
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

// The server is the one the environment points at (the local one by default); each database a
// test asks for is its own, uniquely named, and dropped by dropDatabase.
const serverUrl = new URL(loadConfig(process.env).databaseUrl);

/** The URL of a database that does not exist yet; prepareDatabase creates it. */
export function freshDatabaseUrl(): string {
  const url = new URL(serverUrl);
  url.pathname = `/berdaya_api_spec_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const maintenance = new URL(serverUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    await client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
