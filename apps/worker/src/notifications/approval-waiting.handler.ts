import { jobIntent, type JobOutcome, type JobPayloads, writeOutbox } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { JobHandler } from '../job-runner/job-handler';
import { approvalWaitingPayload } from './approval-notice.payload';
import { ApprovalRecipients } from './approval-recipients';
import { ApprovalRequestRepository } from './approval-request.repository';
import { notificationKey, NotificationWriter } from './notification-writer';

/**
 * Tells the supervisors and program managers who may decide a new transition request, and starts
 * its approval ladder: a `reminders.approvalLadder` job at its reminder instant.
 */
@Injectable()
export class ApprovalWaitingHandler implements JobHandler<'notifications.approvalWaiting'> {
  readonly name = 'notifications.approvalWaiting';

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ApprovalRequestRepository,
    private readonly recipients: ApprovalRecipients,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ requestId }: JobPayloads['notifications.approvalWaiting']): Promise<JobOutcome> {
    const request = await this.requests.findApprovalRequest(requestId);
    // Written in the transaction that wrote the outbox row, and never deleted: a missing request is
    // a job no retry can help.
    if (!request) throw new UnrecoverableError(`transition request ${requestId} does not exist`);
    if (request.status !== 'pending') {
      return { outcome: 'skipped', reason: 'request already decided' };
    }
    const approvers = await this.recipients.approversOfCase(request.caseId, request.requestedBy);
    const payload = approvalWaitingPayload(request);
    const written = await this.dataSource.transaction(async (tx) => {
      const count = await this.writer.write(
        approvers.map((userId) => ({
          userId,
          kind: 'approvalWaiting',
          caseId: request.caseId,
          payload,
          idempotencyKey: notificationKey('approvalWaiting', request.id, userId),
        })),
        tx,
      );
      // The ladder starts with the notices it follows, in one transaction: a run that writes no
      // new notice is a repeat of one that started the ladder already (unless nobody is told).
      if (count > 0 || approvers.length === 0) {
        await writeOutbox(tx, [
          jobIntent('reminders.approvalLadder', { requestId: request.id }, request.remindAt),
        ]);
      }
      return count;
    });
    return { outcome: 'done', recipients: approvers.length, written };
  }
}
