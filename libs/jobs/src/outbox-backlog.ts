import type { DataSource, EntityManager } from 'typeorm';

/** What is waiting to be relayed: a metric, as a growing age means jobs are not reaching BullMQ. */
export interface OutboxBacklog {
  rows: number;
  /** Since the oldest unrelayed row was written; 0 when nothing waits. */
  oldestAgeSeconds: number;
}

/** Read through the partial index on unrelayed rows, so it stays cheap however long the outbox. */
export async function readOutboxBacklog(
  database: DataSource | EntityManager,
): Promise<OutboxBacklog> {
  const [backlog] = await database.query<OutboxBacklog[]>(
    `SELECT count(*)::int AS rows,
            coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS "oldestAgeSeconds"
       FROM outbox
      WHERE relayed_at IS NULL`,
  );
  return backlog;
}
