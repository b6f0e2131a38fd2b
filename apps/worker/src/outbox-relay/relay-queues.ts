import { QUEUE_DEFAULTS, QUEUES, type QueueName } from '@berdaya/jobs';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * One producer Queue per name in QUEUES, all on one connection: a Queue never blocks, so BullMQ
 * lets queues share an ioredis instance, and closing them leaves it open for its owner to close.
 * `prefix` is QUEUE_DEFAULTS' unless a test isolates its keys.
 */
export function createRelayQueues(
  connection: Redis,
  prefix: string = QUEUE_DEFAULTS.prefix,
): Map<QueueName, Queue> {
  return new Map(
    QUEUES.map((name) => {
      const queue = new Queue(name, { ...QUEUE_DEFAULTS, prefix, connection });
      // BullMQ re-emits every error of the shared connection here, once per queue and reconnect
      // attempt; the relay reports an outage once, from the batch it fails.
      queue.on('error', () => undefined);
      return [name, queue];
    }),
  );
}

export async function closeRelayQueues(queues: ReadonlyMap<QueueName, Queue>): Promise<void> {
  await Promise.all([...queues.values()].map((queue) => queue.close()));
}
