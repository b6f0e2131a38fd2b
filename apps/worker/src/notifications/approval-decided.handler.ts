import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobHandler } from '../job-runner/job-handler';
import { approvalDecidedPayload } from './approval-notice.payload';
import { ApprovalRequestRepository } from './approval-request.repository';
import { notificationKey, NotificationWriter } from './notification-writer';

/** Tells the requester how their transition request was decided. */
@Injectable()
export class ApprovalDecidedHandler implements JobHandler<'notifications.approvalDecided'> {
  readonly name = 'notifications.approvalDecided';

  constructor(
    private readonly requests: ApprovalRequestRepository,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ requestId }: JobPayloads['notifications.approvalDecided']): Promise<JobOutcome> {
    const request = await this.requests.findApprovalRequest(requestId);
    if (!request) throw new UnrecoverableError(`transition request ${requestId} does not exist`);
    switch (request.status) {
      case 'pending':
        return { outcome: 'skipped', reason: 'request not decided yet' };
      // The requester withdrew it themselves: there is nobody to tell.
      case 'withdrawn':
        return { outcome: 'skipped', reason: 'request withdrawn by its requester' };
      case 'approved':
      case 'rejected':
      case 'expired': {
        const written = await this.writer.write([
          {
            userId: request.requestedBy,
            kind: 'approvalDecided',
            caseId: request.caseId,
            payload: approvalDecidedPayload(request),
            idempotencyKey: notificationKey('approvalDecided', request.id, request.requestedBy),
          },
        ]);
        return { outcome: 'done', status: request.status, written };
      }
    }
  }
}
