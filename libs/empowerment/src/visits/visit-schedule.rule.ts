import { addDays, daysBetween } from './calendar-day';

export interface VisitScheduleInput {
  /** The day the case entered its current stage. */
  stageEnteredOn: string;
  /** The last monitoring visit done in the current stage, if any. */
  lastVisitOn?: string;
  /** The stage's visit cadence for the case's approach (see visitCadenceDays). */
  cadenceDays: number;
}

/** The next monitoring visit falls one cadence after the last visit, or after entering the stage. */
export function nextVisitDue({
  stageEnteredOn,
  lastVisitOn,
  cadenceDays,
}: VisitScheduleInput): string {
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1) {
    throw new RangeError(
      `cadenceDays must be a whole number of days, at least 1, got ${cadenceDays}`,
    );
  }
  const since =
    lastVisitOn !== undefined && daysBetween(stageEnteredOn, lastVisitOn) >= 0
      ? lastVisitOn
      : stageEnteredOn;
  return addDays(since, cadenceDays);
}

export type VisitStatus = 'upcoming' | 'due' | 'overdue';

/**
 * The one definition of an overdue visit, shared by the API, the worker and the admin panel: a
 * visit is due from its due day, and overdue once the program's grace days after it have passed.
 */
export function visitStatus(nextDue: string, today: string, graceDays: number): VisitStatus {
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new RangeError(`graceDays must be a whole number of days, at least 0, got ${graceDays}`);
  }
  const late = daysBetween(nextDue, today);
  if (late < 0) return 'upcoming';
  return late > graceDays ? 'overdue' : 'due';
}
