import type { QueueName } from '@berdaya/jobs';

/** An outbox row as the relay claims it. */
export interface OutboxRow {
  /** bigint, read as a string by pg. */
  id: string;
  queue: QueueName;
  jobName: string;
  payload: unknown;
  availableAt: Date;
}

/** What Queue.addBulk takes for one job; every other option comes from QUEUE_DEFAULTS. */
export interface OutboxJob {
  name: string;
  data: unknown;
  opts: { jobId: string; delay: number };
}

/**
 * The BullMQ job id of an outbox row. BullMQ ignores an add whose id it already holds, which is
 * what makes relaying a row twice harmless; it refuses custom ids that are plain integers or
 * contain ':', hence the prefix.
 */
export function outboxJobId(rowId: string): string {
  return `outbox-${rowId}`;
}

/**
 * The jobs to add for claimed rows, per queue, in row order. `now` is the relay's clock, the one
 * BullMQ also measures a delay from.
 */
export function outboxJobs(rows: readonly OutboxRow[], now: Date): Map<QueueName, OutboxJob[]> {
  const byQueue = new Map<QueueName, OutboxJob[]>();
  for (const row of rows) {
    const job: OutboxJob = {
      name: row.jobName,
      data: row.payload,
      opts: {
        jobId: outboxJobId(row.id),
        delay: Math.max(0, row.availableAt.getTime() - now.getTime()),
      },
    };
    const jobs = byQueue.get(row.queue);
    if (jobs) jobs.push(job);
    else byQueue.set(row.queue, [job]);
  }
  return byQueue;
}
