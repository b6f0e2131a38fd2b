/**
 * Every queue, job and payload the system knows, in one place. A job is named `<queue>.<job>`;
 * producers only ever write intents to the outbox (see writeOutbox), never to a queue directly.
 */
export const QUEUES = ['notifications', 'reminders', 'evaluations'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** A transition request waits for a decision: tell the supervisors who may decide it. */
  'notifications.approvalWaiting': { requestId: string };
  /** A request was decided or withdrawn: tell the requester. */
  'notifications.approvalDecided': { requestId: string };
  /** E-mail each user the notifications not yet e-mailed, as at most one digest a day (hourly). */
  'notifications.digest': Record<string, never>;
  /** A case entered a stage: schedule its monitoring-visit reminder for that stage. */
  'reminders.scheduleVisitReminder': { caseId: string; caseVersion: number };
  /** Remind the facilitator of the visit due on `dueOn` (a calendar day in the program's zone). */
  'reminders.visitDue': { caseId: string; dueOn: string };
  /** Alert the facilitator and the supervisors that the visit due on `dueOn` is overdue. */
  'reminders.visitOverdue': { caseId: string; dueOn: string };
  /** Take a pending request to the step of its approval ladder due now: remind, escalate, expire. */
  'reminders.approvalLadder': { requestId: string };
  /** Flag the active cases in a stage longer than expected and tell their people (hourly). */
  'reminders.detectStalled': Record<string, never>;
  /**
   * A program's evaluation schedule may have changed (created, cron or zone changed, deactivated,
   * deleted): make its job scheduler match the program as it is now.
   */
  'evaluations.scheduleProgram': { programId: string };
  /** A program's scheduled run: mark an evaluation due for each of its active cases. */
  'evaluations.run': { programId: string };
  /** Store a program's indicators now, between runs (a program just loaded, e.g. the demo). */
  'evaluations.snapshot': { programId: string };
}

export type JobName = keyof JobPayloads;

/**
 * Jobs BullMQ itself runs on a schedule (its job schedulers, not a timer in a process). Each is
 * upserted under a fixed id at every worker's start: the same id and pattern leave one scheduler,
 * so workers starting together are harmless.
 */
export const JOB_SCHEDULES = [
  { id: 'notifications.digest.hourly', name: 'notifications.digest', pattern: '0 * * * *' },
  { id: 'reminders.detectStalled.hourly', name: 'reminders.detectStalled', pattern: '0 * * * *' },
] as const satisfies readonly { id: string; name: JobName; pattern: string }[];

export interface JobIntent<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Not before this instant (a delayed job); now when absent. */
  availableAt?: Date;
}

/** Builds an intent with its payload checked against the registry. */
export function jobIntent<N extends JobName>(
  name: N,
  payload: JobPayloads[N],
  availableAt?: Date,
): JobIntent<N> {
  return availableAt ? { name, payload, availableAt } : { name, payload };
}

export function queueOf(name: JobName): QueueName {
  return name.slice(0, name.indexOf('.')) as QueueName;
}

/**
 * What a job's processor returns, kept by BullMQ as the job's return value (so the queue view shows
 * it). A job whose subject moved on since it was enqueued is `skipped`, with the reason; one that
 * cannot ever succeed fails instead.
 */
export type JobOutcome =
  { outcome: 'done'; [detail: string]: unknown } | { outcome: 'skipped'; reason: string };
