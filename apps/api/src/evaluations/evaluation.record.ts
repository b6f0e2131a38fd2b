import { EVALUATION_KINDS, EVALUATION_STATUSES, type EvaluationEntity } from '@berdaya/db';
import type { Trend } from '@berdaya/empowerment';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const day = z.string().meta({ format: 'date', example: '2026-11-22' });

/** An evaluation as the api answers it, with its trend against the case's previous one. */
export const evaluationRecordSchema = documented(
  'Evaluation',
  z.object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(EVALUATION_KINDS),
    status: z.enum(EVALUATION_STATUSES),
    dueOn: day.nullable(),
    evaluatedOn: day.nullable(),
    scores: z.record(z.string(), z.record(z.string(), z.number().int())).nullable(),
    empowermentIndex: z.number().nullable().meta({ description: '0–100' }),
    trend: z
      .object({ delta: z.number(), direction: z.enum(['improving', 'stable', 'declining']) })
      .nullable()
      .meta({ description: "Against the case's previous evaluation done; null for the first" }),
    notes: z.string().nullable(),
    evaluatorId: z.uuid().nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

export function toEvaluationRecord(
  evaluation: EvaluationEntity,
  trend: Trend | null,
): EvaluationRecord {
  return {
    id: evaluation.id,
    caseId: evaluation.caseId,
    kind: evaluation.kind,
    status: evaluation.status,
    dueOn: evaluation.dueOn,
    evaluatedOn: evaluation.evaluatedOn,
    scores: evaluation.scores,
    empowermentIndex: evaluation.empowermentIndex,
    trend,
    notes: evaluation.notes,
    evaluatorId: evaluation.evaluatorId,
    createdAt: evaluation.createdAt.toISOString(),
    updatedAt: evaluation.updatedAt.toISOString(),
  };
}
