import { GOAL_STATUSES } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const id = z.uuid({ error: 'must be an id (a uuid)' });
const day = z.iso.date({ error: 'must be a date, such as 2026-01-31' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
// Read-only fields react-admin sends back with an update: accepted, never applied.
const readOnly = z.unknown().optional();

/** The body of POST /goals: a measurable, time-bound goal set for a case. */
export const newGoalSchema = documented(
  'NewGoal',
  z.strictObject({
    caseId: id,
    title: text(500),
    indicator: text(2000),
    target: text(2000),
    dueOn: day,
    scope: text(2000).nullable().optional(),
  }),
);
export type NewGoal = z.output<typeof newGoalSchema>;

/** The body of PUT /goals/:id: the goal reworded, rescheduled, achieved or dropped. */
export const goalChangesSchema = documented(
  'GoalChanges',
  z.strictObject({
    id: readOnly,
    caseId: readOnly,
    createdAt: readOnly,
    updatedAt: readOnly,
    title: text(500).optional(),
    indicator: text(2000).optional(),
    target: text(2000).optional(),
    dueOn: day.optional(),
    scope: text(2000).nullable().optional(),
    status: z
      .enum(GOAL_STATUSES, { error: `must be one of ${GOAL_STATUSES.join(', ')}` })
      .optional(),
  }),
);
export type GoalChanges = z.output<typeof goalChangesSchema>;
