import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobHandler } from '../job-runner/job-handler';
import { ApprovalRecipients } from './approval-recipients';
import { ApprovalRequestRepository } from './approval-request.repository';
import { notificationKey, NotificationWriter } from './notification-writer';

/** Tells the supervisors and program managers who may decide a new transition request. */
@Injectable()
export class ApprovalWaitingHandler implements JobHandler<'notifications.approvalWaiting'> {
  readonly name = 'notifications.approvalWaiting';

  constructor(
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
    const payload = {
      requestId: request.id,
      caseId: request.caseId,
      groupName: request.groupName,
      event: request.event,
      fromStage: request.fromStage,
      toStage: request.toStage,
      requestedBy: request.requestedBy,
      requestedByName: request.requestedByName,
    };
    const written = await this.writer.write(
      approvers.map((userId) => ({
        userId,
        kind: 'approvalWaiting',
        caseId: request.caseId,
        payload,
        idempotencyKey: notificationKey('approvalWaiting', request.id, userId),
      })),
    );
    return { outcome: 'done', recipients: approvers.length, written };
  }
}
