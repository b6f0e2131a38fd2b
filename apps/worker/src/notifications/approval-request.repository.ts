import type { TransitionRequestStatus } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
              tr.decision_comment AS "decisionComment"
         FROM transition_requests tr
         JOIN cases c ON c.id = tr.case_id
         JOIN users requester ON requester.id = tr.requested_by
         LEFT JOIN users decider ON decider.id = tr.decided_by
        WHERE tr.id = $1`,
      [requestId],
    );
    return request;
  }
}
