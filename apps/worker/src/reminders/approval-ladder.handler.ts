import { approvalLadderStep, nextApprovalStepAt, type Role } from '@berdaya/empowerment';
import { jobIntent, type JobOutcome, type JobPayloads, writeOutbox } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import {
  approvalDecidedPayload,
  approvalWaitingPayload,
} from '../notifications/approval-notice.payload';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import {
  type ApprovalRequest,
  ApprovalRequestRepository,
} from '../notifications/approval-request.repository';
import {
  type NotificationKeyKind,
  notificationKey,
  NotificationWriter,
} from '../notifications/notification-writer';

const ESCALATION_ROLES = ['programManager'] as const satisfies readonly Role[];

/**
 * Takes a pending transition request through its approval ladder (remind_at, escalate_at,
 * expire_at, stored on the request): each run acts on the step due now (approvalLadderStep; a
 * worker that slept through a step acts on the furthest one alone), then plans the next run at
 * nextApprovalStepAt. The approvalWaiting handler plans the first run, at remind_at.
 */
@Injectable()
export class ApprovalLadderHandler implements JobHandler<'reminders.approvalLadder'> {
  readonly name = 'reminders.approvalLadder';

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ApprovalRequestRepository,
    private readonly recipients: ApprovalRecipients,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async handle({ requestId }: JobPayloads['reminders.approvalLadder']): Promise<JobOutcome> {
    const request = await this.requests.findApprovalRequest(requestId);
    if (!request) throw new UnrecoverableError(`transition request ${requestId} does not exist`);
    if (request.status !== 'pending') {
      return { outcome: 'skipped', reason: 'request already decided' };
    }
    const now = this.clock.now();
    const step = approvalLadderStep(request, now);
    switch (step) {
      case 'waiting': {
        // Run early (clocks differ between hosts): look again when the first step is due.
        const next = await this.planNext(this.dataSource.manager, request, now);
        return { outcome: 'skipped', reason: `no step due yet; next run at ${iso(next)}` };
      }
      case 'remind':
        return this.tell(request, now, {
          step,
          keyKind: 'approvalReminder',
          userIds: await this.recipients.approversOfCase(request.caseId, request.requestedBy),
          flag: { reminder: true },
        });
      case 'escalate':
        return this.tell(request, now, {
          step,
          keyKind: 'approvalEscalated',
          userIds: await this.recipients.usersInScopeOfCase(request.caseId, ESCALATION_ROLES, {
            excluding: [request.requestedBy],
          }),
          flag: { escalated: true },
        });
      case 'expire':
        return this.expire(request);
    }
  }

  /** Tells `userIds` the request still waits, and plans the next step, in one transaction. */
  private async tell(
    request: ApprovalRequest,
    now: Date,
    notice: {
      step: 'remind' | 'escalate';
      keyKind: NotificationKeyKind;
      userIds: readonly string[];
      flag: Record<string, true>;
    },
  ): Promise<JobOutcome> {
    const payload = { ...approvalWaitingPayload(request), ...notice.flag };
    const { written, next } = await this.dataSource.transaction(async (tx) => {
      const count = await this.writer.write(
        notice.userIds.map((userId) => ({
          userId,
          kind: 'approvalWaiting',
          caseId: request.caseId,
          payload,
          idempotencyKey: notificationKey(notice.keyKind, request.id, userId),
        })),
        tx,
      );
      // No new notice means a run of this step committed already, next run included: planning it
      // again would start a second ladder. With nobody to tell, there is no such evidence.
      const planned =
        count > 0 || notice.userIds.length === 0 ? await this.planNext(tx, request, now) : null;
      return { written: count, next: planned };
    });
    return {
      outcome: 'done',
      step: notice.step,
      recipients: notice.userIds.length,
      written,
      next: next && iso(next),
    };
  }

  /** Expires the request, records it in history and tells the requester, in one transaction. */
  private async expire(request: ApprovalRequest): Promise<JobOutcome> {
    const written = await this.dataSource.transaction(async (tx) => {
      if (!(await this.requests.expirePending(tx, request.id))) return null;
      const expired: ApprovalRequest = { ...request, status: 'expired' };
      // The key the approvalDecided job would use: the requester hears of the expiry once.
      return this.writer.write(
        [
          {
            userId: request.requestedBy,
            kind: 'approvalDecided',
            caseId: request.caseId,
            payload: approvalDecidedPayload(expired),
            idempotencyKey: notificationKey('approvalDecided', request.id, request.requestedBy),
          },
        ],
        tx,
      );
    });
    if (written === null) return { outcome: 'skipped', reason: 'request already decided' };
    return { outcome: 'done', step: 'expire', written };
  }

  /** Writes the run of the next step; there is one after every step but expiry. */
  private async planNext(manager: EntityManager, request: ApprovalRequest, now: Date) {
    const next = nextApprovalStepAt(request, now);
    if (next === null)
      throw new Error(`request ${request.id} has no ladder step after ${iso(now)}`);
    await writeOutbox(manager, [
      jobIntent('reminders.approvalLadder', { requestId: request.id }, next),
    ]);
    return next;
  }
}

function iso(instant: Date): string {
  return instant.toISOString();
}
