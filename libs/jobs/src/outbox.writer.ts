import type { EntityManager } from 'typeorm';
import { queueOf, type JobIntent } from './job-registry';

/**
 * An INSERT of outbox rows from one jsonb parameter (see outboxRows), written so that a larger
 * statement can carry it in a WITH clause and add a WHERE: the intents then exist exactly when
 * the change that caused them does.
 */
export function insertOutboxSql(parameter: string): string {
  return `INSERT INTO outbox (queue, job_name, payload, available_at)
    SELECT o.queue, o.job_name, o.payload, coalesce(o.available_at, now())
      FROM jsonb_to_recordset(${parameter}::jsonb)
        AS o(queue text, job_name text, payload jsonb, available_at timestamptz)`;
}

/** The parameter insertOutboxSql reads. */
export function outboxRows(intents: readonly JobIntent[]): string {
  return JSON.stringify(
    intents.map((intent) => ({
      queue: queueOf(intent.name),
      job_name: intent.name,
      payload: intent.payload,
      available_at: intent.availableAt ?? null,
    })),
  );
}

/**
 * Records job intents in the outbox inside the caller's transaction; the worker's relay moves them
 * into BullMQ.
 */
export async function writeOutbox(
  manager: EntityManager,
  intents: readonly JobIntent[],
): Promise<void> {
  if (intents.length === 0) return;
  await manager.query(insertOutboxSql('$1'), [outboxRows(intents)]);
}
