import type { ParamsPart } from './coded';

/**
 * What an error answer is about, as codes any client can put in its own words; each lists the
 * params the answer carries. Every error body has one (`{ statusCode, error, code, params?,
 * message }`): those the api does not name itself get the generic code of their status.
 */
export const API_ERRORS = {
  // Generic, by status.
  BAD_REQUEST: [],
  UNAUTHORIZED: [],
  FORBIDDEN: [],
  NOT_FOUND: [],
  CONFLICT: [],
  PAYLOAD_TOO_LARGE: [],
  UNSUPPORTED_MEDIA_TYPE: [],
  UNPROCESSABLE_ENTITY: [],
  TOO_MANY_REQUESTS: [],
  INTERNAL_SERVER_ERROR: [],
  SERVICE_UNAVAILABLE: [],
  HTTP_ERROR: ['status'],
  // The request itself.
  INVALID_FIELDS: [],
  BODY_TOO_LARGE: ['limit'],
  FILE_TOO_LARGE: ['limit'],
  FILE_TYPE_NOT_ACCEPTED: [],
  FORM_UNREADABLE: [],
  // Signing in and rights.
  SIGN_IN_REQUIRED: [],
  TOKEN_INVALID: [],
  SIGN_IN_REFUSED: [],
  REFRESH_REFUSED: [],
  SIGN_IN_THROTTLED: ['minutes'],
  READ_ONLY: [],
  ROLE: [],
  FOUR_EYES: [],
  NOT_A_DECIDER: [],
  ONLY_REQUESTER_WITHDRAWS: [],
  LAST_ADMIN: [],
  // Records not found.
  CASE_NOT_FOUND: ['id'],
  TRANSITION_REQUEST_NOT_FOUND: ['id'],
  GOAL_NOT_FOUND: ['id'],
  RESOURCE_NOT_FOUND: ['id'],
  ATTACHMENT_NOT_FOUND: ['id'],
  VISIT_NOT_FOUND: ['id'],
  EVALUATION_NOT_FOUND: ['id'],
  NOTIFICATION_NOT_FOUND: ['id'],
  PROGRAM_NOT_FOUND: ['id'],
  USER_NOT_FOUND: ['id'],
  REGION_NOT_FOUND: ['id'],
  WORKFLOW_DEFINITION_NOT_FOUND: ['key'],
  // Moves and their requests.
  STALE_VERSION: [],
  FINAL_STAGE: [],
  EVENT_NOT_ALLOWED: ['event'],
  CHECKLIST_INCOMPLETE: [],
  REASON_REQUIRED: [],
  CORRUPT_CASE: [],
  REQUEST_PENDING: [],
  REQUEST_DECIDED: ['status'],
  CASE_CHANGED_SINCE_REQUEST: [],
  EVIDENCE_NOT_OF_CASE: [],
  // Other records' states.
  GOAL_NOT_OPEN: [],
  VISIT_ALREADY: ['status'],
  EVALUATION_DONE: [],
  EMAIL_TAKEN: [],
  REGION_CODE_TAKEN: [],
  REGION_IMPORT_REFUSED: ['count', 'line'],
  DEFINITION_EXISTS: ['key'],
  DEFINITION_INVALID: ['count'],
  DEFINITION_PUBLISHED_FIXED: ['key'],
  DEFINITION_RETIRED_FIXED: ['key'],
  DEFINITION_ALREADY_PUBLISHED: ['key'],
  DEFINITION_RETIRED_NOT_REPUBLISHED: ['key'],
  DEFINITION_DRAFT_NOT_RETIRED: ['key'],
  DEFINITION_ALREADY_RETIRED: ['key'],
  DEFINITION_PUBLISHED_KEPT: ['key'],
  DEFINITION_RETIRED_KEPT: ['key'],
  DEFINITION_STATUS: ['key', 'status'],
  // What the database refused.
  DUPLICATE_VALUE: [],
  VALUE_MISSING: [],
  VALUE_NOT_ALLOWED: [],
  WRONG_FORMAT: [],
  NUMBER_OUT_OF_RANGE: [],
  DATE_WRONG_FORMAT: [],
  DATE_OUT_OF_RANGE: [],
  TEXT_TOO_LONG: [],
  CONCURRENT_CHANGE: [],
  REFERENCE_MISSING: [],
  STILL_REFERENCED: [],
} as const satisfies Record<string, readonly string[]>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** What an error answer says beyond its status: its code, its params, and in English. */
export type ApiError = {
  [C in ApiErrorCode]: { code: C; message: string } & ParamsPart<(typeof API_ERRORS)[C]>;
}[ApiErrorCode];
