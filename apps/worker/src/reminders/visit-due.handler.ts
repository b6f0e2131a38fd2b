import { calendarDayIn, visitStatus } from '@berdaya/empowerment';
import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { notificationKey, NotificationWriter } from '../notifications/notification-writer';
import { staleVisitAlert } from './stale-visit-alert';
import { VisitCaseRepository } from './visit-case.repository';

/** Reminds the facilitator of a coming visit, unless it was logged or rescheduled meanwhile. */
@Injectable()
export class VisitDueHandler implements JobHandler<'reminders.visitDue'> {
  readonly name = 'reminders.visitDue';

  constructor(
    private readonly cases: VisitCaseRepository,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async handle({ caseId, dueOn }: JobPayloads['reminders.visitDue']): Promise<JobOutcome> {
    const subject = await this.cases.findVisitCase(caseId);
    if (!subject) throw new UnrecoverableError(`case ${caseId} does not exist`);
    const stale = staleVisitAlert(subject, dueOn);
    if (stale) return { outcome: 'skipped', reason: stale };
    // A reminder planned late (the case entered a stage with its visit long due) would tell of a
    // coming visit that is already overdue; the overdue alert, planned at the same time, says it.
    const today = calendarDayIn(subject.timezone, this.clock.now());
    if (visitStatus(dueOn, today, subject.overdueGraceDays) === 'overdue') {
      return { outcome: 'skipped', reason: 'visit already overdue' };
    }
    if (subject.facilitatorId === null) {
      return { outcome: 'skipped', reason: 'case has no active facilitator' };
    }
    const written = await this.writer.write([
      {
        userId: subject.facilitatorId,
        kind: 'visitDue',
        caseId,
        payload: { caseId, groupName: subject.groupName, dueOn },
        idempotencyKey: notificationKey('visitDue', `${caseId}:${dueOn}`, subject.facilitatorId),
      },
    ]);
    return { outcome: 'done', dueOn, written };
  }
}
