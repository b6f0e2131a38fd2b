import { calendarDayIn, visitOverdueAlertAt, visitStatus } from '@berdaya/empowerment';
import { jobIntent, type JobOutcome, type JobPayloads, writeOutbox } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import { notificationKey, NotificationWriter } from '../notifications/notification-writer';
import { staleVisitAlert } from './stale-visit-alert';
import { VisitCaseRepository } from './visit-case.repository';

/**
 * Tells the facilitator and the supervisors who see the case that its visit is overdue, unless it
 * was logged or rescheduled meanwhile.
 */
@Injectable()
export class VisitOverdueHandler implements JobHandler<'reminders.visitOverdue'> {
  readonly name = 'reminders.visitOverdue';

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: VisitCaseRepository,
    private readonly recipients: ApprovalRecipients,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async handle({ caseId, dueOn }: JobPayloads['reminders.visitOverdue']): Promise<JobOutcome> {
    const subject = await this.cases.findVisitCase(caseId);
    if (!subject) throw new UnrecoverableError(`case ${caseId} does not exist`);
    const stale = staleVisitAlert(subject, dueOn);
    if (stale) return { outcome: 'skipped', reason: stale };
    const now = this.clock.now();
    const timeZone = subject.timezone;
    const graceDays = subject.overdueGraceDays;
    if (visitStatus(dueOn, calendarDayIn(timeZone, now), graceDays) !== 'overdue') {
      // Early: the program's grace days grew since the alert was planned. Nothing else would plan
      // it again, so this job does, for the day visitStatus will call the visit overdue.
      const alertAt = visitOverdueAlertAt({ nextVisitDue: dueOn, graceDays, timeZone });
      await writeOutbox(this.dataSource.manager, [
        jobIntent('reminders.visitOverdue', { caseId, dueOn }, alertAt),
      ]);
      return {
        outcome: 'skipped',
        reason: `visit not overdue yet; alert moved to ${alertAt.toISOString()}`,
      };
    }
    const supervisors = await this.recipients.usersInScopeOfCase(caseId, ['supervisor']);
    const userIds = [
      ...new Set([...(subject.facilitatorId ? [subject.facilitatorId] : []), ...supervisors]),
    ];
    const payload = { caseId, groupName: subject.groupName, dueOn };
    const written = await this.writer.write(
      userIds.map((userId) => ({
        userId,
        kind: 'visitOverdue',
        caseId,
        payload,
        idempotencyKey: notificationKey('visitOverdue', `${caseId}:${dueOn}`, userId),
      })),
    );
    return { outcome: 'done', dueOn, recipients: userIds.length, written };
  }
}
