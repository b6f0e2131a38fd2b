import { GOAL_STATUSES, type GoalEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A goal as the api answers it. */
export const goalRecordSchema = documented(
  'Goal',
  z.object({
    id: z.uuid(),
    caseId: z.uuid(),
    title: z.string(),
    indicator: z.string(),
    target: z.string(),
    dueOn: z.string().meta({ format: 'date', example: '2026-11-22' }),
    scope: z.string().nullable(),
    status: z.enum(GOAL_STATUSES),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type GoalRecord = z.infer<typeof goalRecordSchema>;

export function toGoalRecord(goal: GoalEntity): GoalRecord {
  return {
    id: goal.id,
    caseId: goal.caseId,
    title: goal.title,
    indicator: goal.indicator,
    target: goal.target,
    dueOn: goal.dueOn,
    scope: goal.scope,
    status: goal.status,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
  };
}
