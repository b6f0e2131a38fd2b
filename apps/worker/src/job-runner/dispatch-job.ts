import { type JobName, type JobOutcome, type JobPayloads, queueOf } from '@berdaya/jobs';
import { type Job, UnrecoverableError } from 'bullmq';
import type { JobHandler, JobHandlers } from './job-handler';

/**
 * Runs `job` with the handler of its name. A name without a handler, or one that belongs to another
 * queue, fails the job without retries: no attempt could succeed, and the failed job is kept as
 * evidence (a newer release's job reached an older worker, or a producer bypassed the registry).
 */
export function dispatchJob(handlers: JobHandlers, job: Job): Promise<JobOutcome> {
  const name = job.name;
  if (!Object.hasOwn(handlers, name)) {
    throw new UnrecoverableError(`no handler for job '${name}' (queue '${job.queueName}')`);
  }
  const handler = handlers[name as JobName] as JobHandler;
  if (queueOf(handler.name) !== job.queueName) {
    throw new UnrecoverableError(`job '${name}' does not belong to queue '${job.queueName}'`);
  }
  // The name was checked above; the payload is what the registry says the producer wrote.
  return handler.handle(
    job.data as JobPayloads[JobName],
    job as Job<JobPayloads[JobName], JobOutcome, JobName>,
  );
}
