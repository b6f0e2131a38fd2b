import { JOB_SCHEDULES, QUEUE_DEFAULTS, queueOf } from '@berdaya/jobs';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * Upserts every job scheduler of JOB_SCHEDULES. Every worker does it at start; BullMQ keys a
 * scheduler by its id, so concurrent upserts of the same id and pattern leave exactly one
 * scheduler (and one next job), however many workers start together.
 */
export async function upsertJobSchedulers(
  connection: Redis,
  prefix: string = QUEUE_DEFAULTS.prefix,
): Promise<void> {
  for (const schedule of JOB_SCHEDULES) {
    const queue = new Queue(queueOf(schedule.name), { ...QUEUE_DEFAULTS, prefix, connection });
    try {
      await queue.upsertJobScheduler(
        schedule.id,
        { pattern: schedule.pattern },
        { name: schedule.name, data: {}, opts: QUEUE_DEFAULTS.defaultJobOptions },
      );
    } finally {
      // The connection is shared and stays open for its owner to close.
      await queue.close();
    }
  }
}
