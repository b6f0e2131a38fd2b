import type { CaseEntity, ProgramEntity } from '@berdaya/db';
import { calendarDayIn, visitStatus } from '@berdaya/empowerment';

/** Whether an active case's next visit is overdue today, today being the day in its program's timezone. */
export function isCaseOverdue(
  row: Pick<CaseEntity, 'status' | 'nextVisitDue'>,
  program: Pick<ProgramEntity, 'timezone' | 'overdueGraceDays'>,
  now: Date,
): boolean {
  return (
    row.status === 'active' &&
    row.nextVisitDue !== null &&
    visitStatus(
      row.nextVisitDue,
      calendarDayIn(program.timezone, now),
      program.overdueGraceDays,
    ) === 'overdue'
  );
}
