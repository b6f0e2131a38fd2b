import { EVALUATION_KINDS } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const kind = z.enum(EVALUATION_KINDS, { error: `must be one of ${EVALUATION_KINDS.join(', ')}` });
const evaluatedOn = z.iso.date({ error: 'must be a date, such as 2026-01-31' });
// Checked by parseEvaluationScores in the service, which names every bad score at once.
const scores = z.unknown().meta({
  description:
    '`elements`: the six elements, 1–5 each; optionally `power`: Ife’s seven dimensions, 1–5 each',
});
const notes = z
  .string()
  .trim()
  .max(10_000, { error: 'must be at most 10000 characters' })
  .nullable();
// Read-only fields react-admin sends back with an update: accepted, never applied.
const readOnly = z.unknown().optional();

/** The body of POST /evaluations: a participatory evaluation held, with its scores. */
export const newEvaluationSchema = documented(
  'NewEvaluation',
  z.strictObject({
    caseId: z.uuid({ error: 'must be an id (a uuid)' }),
    kind: kind.default('periodic'),
    evaluatedOn,
    scores,
    notes: notes.default(null),
  }),
);
export type NewEvaluation = z.output<typeof newEvaluationSchema>;

/**
 * The body of PUT /evaluations/:id: a due evaluation filled in once held. It is the whole record
 * as react-admin sends it back; what the evaluation derives (status, index, trend, evaluator) and
 * what the schedule set (case, due day) are not the client's to change.
 */
export const evaluationFilledInSchema = documented(
  'EvaluationFilledIn',
  z.strictObject({
    id: readOnly,
    caseId: readOnly,
    status: readOnly,
    dueOn: readOnly,
    empowermentIndex: readOnly,
    trend: readOnly,
    evaluatorId: readOnly,
    createdAt: readOnly,
    updatedAt: readOnly,
    kind: kind.optional(),
    evaluatedOn,
    scores,
    notes: notes.optional(),
  }),
);
export type EvaluationFilledIn = z.output<typeof evaluationFilledInSchema>;
