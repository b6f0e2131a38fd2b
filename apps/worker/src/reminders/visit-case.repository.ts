import { preparedQuery, type CaseStatus, type ProgramTimezone } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A case as its visit reminders see it: its schedule, its facilitator and its program's clock. */
export interface VisitCase {
  id: string;
  status: CaseStatus;
  version: number;
  groupName: string;
  /** The facilitator, when there is one and they are active. */
  facilitatorId: string | null;
  /** A calendar day in the program's time zone (`2031-03-10`), or null when none is due. */
  nextVisitDue: string | null;
  timezone: ProgramTimezone;
  visitReminderLeadDays: number;
  overdueGraceDays: number;
}

@Injectable()
export class VisitCaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findVisitCase(caseId: string): Promise<VisitCase | undefined> {
    // next_visit_due as text: pg would turn a date into a Date at local midnight, which is a
    // different instant in every time zone.
    // Prepared: every visit reminder reads it, and planning cost PostgreSQL more than running it.
    const [found] = await preparedQuery<VisitCase>(
      this.dataSource,
      'berdaya.reminders.findVisitCase',
      `SELECT c.id, c.status, c.version, c.group_name AS "groupName",
              CASE WHEN f.active THEN f.id END AS "facilitatorId",
              to_char(c.next_visit_due, 'YYYY-MM-DD') AS "nextVisitDue",
              p.timezone, p.visit_reminder_lead_days AS "visitReminderLeadDays",
              p.overdue_grace_days AS "overdueGraceDays"
         FROM cases c
         JOIN programs p ON p.id = c.program_id
         LEFT JOIN users f ON f.id = c.facilitator_id
        WHERE c.id = $1`,
      [caseId],
    );
    return found;
  }
}
