import { QUEUE_DEFAULTS, QUEUES, type JobOutcome, type QueueName } from '@berdaya/jobs';
import type { LoggerService } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { dispatchJob } from './dispatch-job';
import type { JobHandlers } from './job-handler';

export interface JobWorkerOptions {
  /** Jobs of one queue this process runs at once. */
  concurrency: number;
  /** BullMQ key prefix; QUEUE_DEFAULTS' unless a test isolates its keys. */
  prefix?: string;
}

export const JOB_WORKER_DEFAULTS: JobWorkerOptions = {
  // The handlers wait on PostgreSQL, not the CPU: a few at once keep a pool connection each busy
  // without crowding out the relay's batches.
  concurrency: 4,
};

/**
 * One BullMQ Worker per name in QUEUES, each dispatching its jobs by name to `handlers`. They share
 * `connection` (a worker-role one): BullMQ duplicates it for each worker's blocking reads and
 * leaves it open when the workers close, for its owner to close.
 */
export function createJobWorkers(
  connection: Redis,
  handlers: JobHandlers,
  logger: LoggerService,
  options: JobWorkerOptions = JOB_WORKER_DEFAULTS,
): Map<QueueName, Worker> {
  let available = true;
  connection.on('ready', () => {
    if (available) return;
    available = true;
    logger.log('Running jobs again: Redis is back');
  });
  return new Map(
    QUEUES.map((queue) => {
      const worker = new Worker<unknown, JobOutcome>(queue, (job) => dispatchJob(handlers, job), {
        prefix: options.prefix ?? QUEUE_DEFAULTS.prefix,
        connection,
        concurrency: options.concurrency,
      });
      // BullMQ reports every reconnect attempt of every worker; an outage is worth one line.
      worker.on('error', (error) => {
        if (!available) return;
        available = false;
        logger.error(`Cannot run jobs (${error.message}); waiting for Redis`);
      });
      worker.on('failed', (job, error) => {
        if (!job) return;
        const attempts = `attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}`;
        logger.warn(`Job ${job.name} ${job.id ?? ''} failed (${attempts}): ${error.message}`);
      });
      return [queue, worker];
    }),
  );
}

/** Stops taking jobs and waits for the ones in flight to finish (BullMQ's close). */
export async function closeJobWorkers(workers: ReadonlyMap<QueueName, Worker>): Promise<void> {
  await Promise.all([...workers.values()].map((worker) => worker.close()));
}
