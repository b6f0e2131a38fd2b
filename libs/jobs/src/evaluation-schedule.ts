/** What decides a program's evaluation schedule: the columns of `programs` it is made of. */
export interface ProgramScheduleSettings {
  active: boolean;
  /** A cron pattern, or null for no periodic evaluations. */
  evaluationCron: string | null;
  timezone: string;
}

/** A program's evaluation runs as a BullMQ job scheduler's repeat options. */
export interface EvaluationSchedule {
  pattern: string;
  tz: string;
}

/**
 * The id of a program's evaluation job scheduler. One per program, so upserting it again (a
 * retried job, the reconciler) replaces the schedule instead of adding a second one.
 */
export function evaluationSchedulerId(programId: string): string {
  return `evaluations.run.${programId}`;
}

/**
 * When a program's evaluations fall due: its cron pattern read in its own time zone, so "08:00 on
 * the 1st" is 08:00 in the villages. An inactive program, or one without a pattern, has none.
 */
export function evaluationScheduleOf(
  program: ProgramScheduleSettings | null,
): EvaluationSchedule | null {
  if (!program?.active || program.evaluationCron === null) return null;
  return { pattern: program.evaluationCron, tz: program.timezone };
}

/**
 * Whether a change to a program (null: not there, before a create or after a delete) changes
 * its evaluation schedule, and so needs its job scheduler applied again. Other settings do not.
 */
export function evaluationScheduleChanged(
  before: ProgramScheduleSettings | null,
  after: ProgramScheduleSettings | null,
): boolean {
  const was = evaluationScheduleOf(before);
  const is = evaluationScheduleOf(after);
  return was?.pattern !== is?.pattern || was?.tz !== is?.tz;
}
