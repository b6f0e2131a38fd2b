import type { JobName, JobOutcome, JobPayloads } from '@berdaya/jobs';
import type { Job } from 'bullmq';

/**
 * Does the work of one job name. It re-reads what it acts on, since the job may run long after it
 * was enqueued, more than once, or after its subject moved on: then it returns `skipped` with the
 * reason. A thrown error fails the attempt (retried per QUEUE_DEFAULTS); BullMQ's
 * UnrecoverableError fails the job at once.
 */
export interface JobHandler<N extends JobName = JobName> {
  readonly name: N;
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N], JobOutcome, N>): Promise<JobOutcome>;
}

/** Every job name with its handler: a job name added to the registry without one does not compile. */
export type JobHandlers = { readonly [N in JobName]: JobHandler<N> };
