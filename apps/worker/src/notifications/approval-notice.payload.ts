import type { ApprovalRequest } from './approval-request.repository';

/** What an `approvalWaiting` notification shows: the request, its case and who asked. */
export function approvalWaitingPayload(request: ApprovalRequest): Record<string, unknown> {
  return {
    requestId: request.id,
    caseId: request.caseId,
    groupName: request.groupName,
    event: request.event,
    fromStage: request.fromStage,
    toStage: request.toStage,
    requestedBy: request.requestedBy,
    requestedByName: request.requestedByName,
  };
}

/** What an `approvalDecided` notification shows: the request, how and by whom it was decided. */
export function approvalDecidedPayload(request: ApprovalRequest): Record<string, unknown> {
  return {
    requestId: request.id,
    caseId: request.caseId,
    groupName: request.groupName,
    event: request.event,
    fromStage: request.fromStage,
    toStage: request.toStage,
    status: request.status,
    decisionComment: request.decisionComment,
    decidedBy: request.decidedBy,
    decidedByName: request.decidedByName,
  };
}
