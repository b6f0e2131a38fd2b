export const VISIT_PURPOSES = [
  'socialization',
  'assessment',
  'planning',
  'implementationSupport',
  'monitoring',
  'evaluation',
] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

/** The facilitator's roles (DOMAIN.md, seed 003). */
export const FACILITATOR_ROLES = [
  'enabler',
  'broker',
  'mediator',
  'advocate',
  'protector',
] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];

export const VISIT_STATUSES = ['scheduled', 'done', 'missed', 'cancelled'] as const;
export type VisitRecordStatus = (typeof VISIT_STATUSES)[number];

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
