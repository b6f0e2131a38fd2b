import type { Pool, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Runs a statement of fixed text as a prepared statement named `name` on whichever pooled
 * connection serves it: PostgreSQL then parses and plans it once per connection rather than on
 * every call, and on the hottest paths (the user behind every request, every stage move) planning
 * costs more than executing. Failures arrive as TypeORM's QueryFailedError, like any other query's.
 */
export async function preparedQuery<R extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: readonly unknown[],
): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query<R>({ name, text, values: [...values] })).rows;
  } catch (error) {
    throw new QueryFailedError(text, [...values], error as Error);
  }
}
