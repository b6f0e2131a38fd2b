import { EVALUATION_KINDS } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** The body of POST /evaluations: a participatory evaluation held, with its scores. */
export const newEvaluationSchema = documented(
  'NewEvaluation',
  z.strictObject({
    caseId: z.uuid({ error: 'must be an id (a uuid)' }),
    kind: z
      .enum(EVALUATION_KINDS, { error: `must be one of ${EVALUATION_KINDS.join(', ')}` })
      .default('periodic'),
    evaluatedOn: z.iso.date({ error: 'must be a date, such as 2026-01-31' }),
    // Checked by parseEvaluationScores in the service, which names every bad score at once.
    scores: z.unknown().meta({
      description:
        '`elements`: the six elements, 1–5 each; optionally `power`: Ife’s seven dimensions, 1–5 each',
    }),
    notes: z
      .string()
      .trim()
      .max(10_000, { error: 'must be at most 10000 characters' })
      .nullable()
      .default(null),
  }),
);
export type NewEvaluation = z.output<typeof newEvaluationSchema>;
