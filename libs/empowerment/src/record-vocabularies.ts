// The values a record's fields take, shared by the database's checks, the api's schemas and the
// admin panel's choices.

export const USER_LOCALES = ['en', 'id'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

/** Indonesia's three time zones (WIB, WITA, WIT): a program's days are counted in one of them. */
export const PROGRAM_TIMEZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type ProgramTimezone = (typeof PROGRAM_TIMEZONES)[number];

/** From the widest to the narrowest. */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const VISIT_PURPOSES = [
  'socialization',
  'assessment',
  'planning',
  'implementationSupport',
  'monitoring',
  'evaluation',
] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

/** The facilitator's roles (seed 003). */
export const FACILITATOR_ROLES = [
  'enabler',
  'broker',
  'mediator',
  'advocate',
  'protector',
] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];

export const VISIT_STATUSES = ['scheduled', 'done', 'missed', 'cancelled'] as const;
// Named apart from @berdaya/empowerment's VisitStatus, which is a case's schedule (upcoming, due,
// overdue), not what became of one visit.
export type VisitRecordStatus = (typeof VISIT_STATUSES)[number];

export const NOTIFICATION_KINDS = [
  'visitDue',
  'visitOverdue',
  'approvalWaiting',
  'approvalDecided',
  'evaluationDue',
  'caseStalled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const TRANSITION_REQUEST_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export type TransitionRequestStatus = (typeof TRANSITION_REQUEST_STATUSES)[number];

export const WORKFLOW_DEFINITION_STATUSES = ['draft', 'published', 'retired'] as const;
export type WorkflowDefinitionStatus = (typeof WORKFLOW_DEFINITION_STATUSES)[number];
