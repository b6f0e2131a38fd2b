import { Client, escapeIdentifier } from 'pg';

// SQLSTATEs a concurrent creator can cause: duplicate_database when it committed before our check,
// unique_violation on pg_database when both passed the check at the same moment.
const ALREADY_CREATED = new Set(['42P04', '23505']);

/**
 * Creates the database named in `databaseUrl` through the server's `postgres` maintenance
 * database. Safe to call from several processes at once.
 */
export async function createDatabase(databaseUrl: string, connectTimeoutMs: number): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: connectTimeoutMs,
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !ALREADY_CREATED.has(code)) throw error;
  } finally {
    await client.end();
  }
}
