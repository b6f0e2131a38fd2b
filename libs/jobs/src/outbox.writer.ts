import { OutboxMessageEntity } from '@berdaya/db';
import type { EntityManager } from 'typeorm';
import { queueOf, type JobIntent } from './job-registry';

/**
 * Records job intents in the outbox inside the caller's transaction, so they exist exactly when
 * the change that caused them does; the worker's relay moves them into BullMQ.
 */
export async function writeOutbox(
  manager: EntityManager,
  intents: readonly JobIntent[],
): Promise<void> {
  if (intents.length === 0) return;
  await manager.insert(
    OutboxMessageEntity,
    intents.map((intent) => ({
      queue: queueOf(intent.name),
      jobName: intent.name,
      payload: intent.payload,
      ...(intent.availableAt && { availableAt: intent.availableAt }),
    })),
  );
}
