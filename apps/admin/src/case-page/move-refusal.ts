import { HttpError } from 'react-admin';

/** Why the api refused a move, as the dialog shows it. */
export type Refusal =
  | { kind: 'stale' }
  | {
      kind: 'invalid';
      messageKey: string;
      message: string;
      /** Exit checklist items the api named as unticked. */
      missingItems: string[];
      reasonMissing: boolean;
    }
  | { kind: 'other'; messageKey: string; message: string };

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  fields?: unknown;
}

const fieldNames = (fields: unknown): string[] =>
  Array.isArray(fields)
    ? fields.flatMap((f: unknown) =>
        typeof f === 'object' && f !== null && 'field' in f && typeof f.field === 'string'
          ? [f.field]
          : [],
      )
    : [];

const CHECKLIST_FIELD = 'checklist.';

/** Reads the api's refusal of `POST /cases/:id/transitions` (see apps/api/README.md, Stage moves). */
export function refusalOf(error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof HttpError)) {
    return { kind: 'other', messageKey: 'berdaya.case_page.outcome.failed', message };
  }
  const body = (
    typeof error.body === 'object' && error.body !== null ? error.body : {}
  ) as ErrorBody;
  if (error.status === 409) {
    if (body.code === 'STALE_VERSION') return { kind: 'stale' };
    return {
      kind: 'other',
      messageKey:
        body.code === 'REQUEST_PENDING'
          ? 'berdaya.case_page.outcome.pending_exists'
          : 'berdaya.case_page.outcome.not_allowed',
      message,
    };
  }
  if (error.status === 422) {
    const fields = fieldNames(body.fields);
    const missingItems = fields
      .filter((field) => field.startsWith(CHECKLIST_FIELD))
      .map((field) => field.slice(CHECKLIST_FIELD.length));
    const reasonMissing = fields.includes('reason');
    const messageKey =
      missingItems.length > 0
        ? 'berdaya.case_page.outcome.checklist_incomplete'
        : reasonMissing
          ? 'berdaya.case_page.outcome.reason_required'
          : fields.some((field) => field.startsWith('evidence'))
            ? 'berdaya.case_page.outcome.evidence_invalid'
            : 'berdaya.case_page.outcome.failed';
    return { kind: 'invalid', messageKey, message, missingItems, reasonMissing };
  }
  return { kind: 'other', messageKey: 'berdaya.case_page.outcome.failed', message };
}
