import type { QueueOptions } from 'bullmq';

/**
 * The options every queue and worker is built with; nothing else sets these. Keys live under one
 * prefix so a deployment's queues are easy to find and never collide with another app's.
 */
export const QUEUE_DEFAULTS = {
  prefix: 'berdaya',
  defaultJobOptions: {
    // With exponential backoff from 1 s the retries land 1, 2, 4 and 8 s apart: enough to ride out
    // a restart of a dependency, short enough that a real failure shows up within a minute.
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    // Completed jobs are only useful for a while (the admin's queue view); bound them so Redis,
    // which holds queues in memory with noeviction, cannot fill up.
    removeOnComplete: { count: 1_000, age: 24 * 60 * 60 },
    // Failed jobs are kept until someone looks at them: they are the evidence of what went wrong.
    removeOnFail: false,
  },
} as const satisfies Omit<QueueOptions, 'connection'>;
