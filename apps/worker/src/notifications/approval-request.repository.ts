import type { TransitionRequestStatus } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A transition request as the approval notifications tell it: with its case and people. */
export interface ApprovalRequest {
  id: string;
  caseId: string;
  groupName: string;
  status: TransitionRequestStatus;
  event: string;
  fromStage: string;
  toStage: string;
  requestedBy: string;
  requestedByName: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decisionComment: string | null;
  /** The approval ladder, set when the request was written (see approvalLadderStep). */
  remindAt: Date;
  escalateAt: Date;
  expireAt: Date;
}

@Injectable()
export class ApprovalRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findApprovalRequest(requestId: string): Promise<ApprovalRequest | undefined> {
    const [request] = await this.dataSource.query<ApprovalRequest[]>(
      `SELECT tr.id, tr.case_id AS "caseId", c.group_name AS "groupName", tr.status, tr.event,
              tr.from_stage AS "fromStage", tr.to_stage AS "toStage",
              tr.requested_by AS "requestedBy", requester.full_name AS "requestedByName",
              tr.decided_by AS "decidedBy", decider.full_name AS "decidedByName",
              tr.decision_comment AS "decisionComment", tr.remind_at AS "remindAt",
              tr.escalate_at AS "escalateAt", tr.expire_at AS "expireAt"
         FROM transition_requests tr
         JOIN cases c ON c.id = tr.case_id
         JOIN users requester ON requester.id = tr.requested_by
         LEFT JOIN users decider ON decider.id = tr.decided_by
        WHERE tr.id = $1`,
      [requestId],
    );
    return request;
  }

  /**
   * Expires the request if it is still pending, with a `requestExpired` event in its case's
   * history, in one statement of the caller's transaction. It is decided at its expiry instant,
   * however late the job that noticed runs. False when it was no longer pending: a decision
   * committed first wins, and the UPDATE re-checks the status after waiting for it.
   */
  async expirePending(manager: EntityManager, requestId: string): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH expired AS (
         UPDATE transition_requests
            SET status = 'expired', decided_at = expire_at, updated_at = now()
          WHERE id = $1 AND status = 'pending'
         RETURNING *
       ), history AS (
         INSERT INTO case_events (case_id, type, actor_id, from_stage, to_stage, event, payload)
         SELECT case_id, 'requestExpired', NULL, from_stage, to_stage, event,
                jsonb_build_object('requestId', id)
           FROM expired
       )
       SELECT id FROM expired`,
      [requestId],
    );
    return rows.length > 0;
  }
}
