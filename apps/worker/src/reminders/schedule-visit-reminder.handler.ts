import { visitOverdueAlertAt, visitReminderAt } from '@berdaya/empowerment';
import { jobIntent, type JobOutcome, type JobPayloads, writeOutbox } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { notBefore } from './not-before';
import { VisitCaseRepository } from './visit-case.repository';

/**
 * Plans the reminder and the overdue alert of the case's next visit as two delayed jobs, each
 * carrying the day it is about. It plans from the case as it is now, whatever version the job
 * names: a logged visit moves next_visit_due on without bumping the version (and writes this job
 * with the same caseVersion), so the version cannot tell a stale job. A late or repeated job only
 * plans alerts for the current due day again; the alerts check that day when they run, and their
 * notifications are idempotent per due day and user.
 */
@Injectable()
export class ScheduleVisitReminderHandler implements JobHandler<'reminders.scheduleVisitReminder'> {
  readonly name = 'reminders.scheduleVisitReminder';

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: VisitCaseRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ caseId }: JobPayloads['reminders.scheduleVisitReminder']): Promise<JobOutcome> {
    const subject = await this.cases.findVisitCase(caseId);
    // Written in the transaction that wrote the outbox row, and cases are never deleted.
    if (!subject) throw new UnrecoverableError(`case ${caseId} does not exist`);
    if (subject.status !== 'active')
      return { outcome: 'skipped', reason: `case is ${subject.status}` };
    const dueOn = subject.nextVisitDue;
    if (dueOn === null) return { outcome: 'skipped', reason: 'case has no visit due' };
    if (subject.facilitatorId === null) {
      return { outcome: 'skipped', reason: 'case has no active facilitator' };
    }
    const now = this.clock.now();
    const timeZone = subject.timezone;
    const remindAt = notBefore(
      visitReminderAt({ nextVisitDue: dueOn, leadDays: subject.visitReminderLeadDays, timeZone }),
      now,
    );
    const overdueAlertAt = notBefore(
      visitOverdueAlertAt({ nextVisitDue: dueOn, graceDays: subject.overdueGraceDays, timeZone }),
      now,
    );
    // One INSERT statement: both intents or neither.
    await writeOutbox(this.dataSource.manager, [
      jobIntent('reminders.visitDue', { caseId, dueOn }, remindAt),
      jobIntent('reminders.visitOverdue', { caseId, dueOn }, overdueAlertAt),
    ]);
    return {
      outcome: 'done',
      dueOn,
      remindAt: remindAt.toISOString(),
      overdueAlertAt: overdueAlertAt.toISOString(),
    };
  }
}
