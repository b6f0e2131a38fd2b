import type { FacilitatorRole, VisitPurpose, VisitRecordStatus } from '@berdaya/empowerment';

/** A visit as the api answers it. */
export interface Visit {
  id: string;
  caseId: string;
  facilitatorId: string | null;
  plannedOn: string;
  doneOn: string | null;
  purpose: VisitPurpose;
  technique: string | null;
  participants: number | null;
  womenParticipants: number | null;
  notes: string | null;
  followUpActions: string | null;
  rolePlayed: FacilitatorRole | null;
  status: VisitRecordStatus;
}
