import type { TransitionRequestStatus } from '@berdaya/empowerment';

/** A transition request as the api answers it; the fields this part of the panel reads. */
export interface TransitionRequest {
  id: string;
  caseId: string;
  event: string;
  fromStage: string;
  toStage: string;
  requestedBy: string;
  requesterName: string | null;
  reason: string | null;
  checklist: string[];
  evidence: string[];
  status: TransitionRequestStatus;
  decidedAt: string | null;
  decisionComment: string | null;
  createdAt: string;
}
