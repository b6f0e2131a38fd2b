import { addDays } from './calendar-day';
import { localTimeToInstant } from './local-time';
import { visitStatus } from './visit-schedule.rule';

/**
 * Visit notifications go out at the start of the working day where the program runs, not at the
 * midnight that turns the day: a facilitator should read them over breakfast, not at 00:00.
 */
export const VISIT_ALERT_LOCAL_TIME = '08:00';

export interface VisitReminderInput {
  /** The visit's due day in the program's time zone (see nextVisitDue). */
  nextVisitDue: string;
  /** The program's visitReminderLeadDays: 0 reminds on the due day itself. */
  leadDays: number;
  timeZone: string;
}

/** When to remind the facilitator of a coming visit: 08:00 local, `leadDays` calendar days before it is due. */
export function visitReminderAt({ nextVisitDue, leadDays, timeZone }: VisitReminderInput): Date {
  if (!Number.isInteger(leadDays) || leadDays < 0) {
    throw new RangeError(`leadDays must be a whole number of days, at least 0, got ${leadDays}`);
  }
  return localTimeToInstant(addDays(nextVisitDue, -leadDays), VISIT_ALERT_LOCAL_TIME, timeZone);
}

export interface VisitOverdueAlertInput {
  nextVisitDue: string;
  /** The program's overdueGraceDays. */
  graceDays: number;
  timeZone: string;
}

/** When to alert that a visit is overdue: 08:00 local on the first day visitStatus calls it overdue. */
export function visitOverdueAlertAt({
  nextVisitDue,
  graceDays,
  timeZone,
}: VisitOverdueAlertInput): Date {
  return localTimeToInstant(
    firstOverdueDay(nextVisitDue, graceDays),
    VISIT_ALERT_LOCAL_TIME,
    timeZone,
  );
}

// Walks forward asking visitStatus rather than restating its arithmetic, so the alert cannot drift
// from the one definition of overdue. visitStatus validates graceDays on the first call, and the
// walk is at most graceDays + 2 steps (the API caps grace at ten years).
function firstOverdueDay(nextVisitDue: string, graceDays: number): string {
  let day = nextVisitDue;
  while (visitStatus(nextVisitDue, day, graceDays) !== 'overdue') day = addDays(day, 1);
  return day;
}
