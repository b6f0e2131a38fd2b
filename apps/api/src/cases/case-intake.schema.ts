import { CASE_GROUP_TYPES, INTERVENTION_MODELS, STRATEGY_LEVELS } from '@berdaya/db';
import { APPROACHES, LEVELS } from '@berdaya/empowerment';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a facilitator fills in to enrol a community: the case and its intake assessment. */
export const caseIntakeSchema = z.strictObject({
  programId: z.uuid(),
  regionId: z.uuid(),
  groupName: text(200),
  groupType: z.enum(CASE_GROUP_TYPES),
  householdsReached: z.number().int().min(0).max(1_000_000).optional(),
  facilitatorId: z.uuid().optional(),
  intake: z.strictObject({
    solidarity: z.enum(LEVELS),
    trust: z.enum(LEVELS),
    norms: z.enum(LEVELS),
    leaderPresentAndEnthusiastic: z.boolean(),
  }),
  /** Defaults to the recommended approach; another one needs `approachOverrideReason`. */
  approach: z.enum(APPROACHES).optional(),
  approachOverrideReason: text(2000).optional(),
  interventionModel: z.enum(INTERVENTION_MODELS).optional(),
  strategyLevel: z.enum(STRATEGY_LEVELS).optional(),
  tags: z.array(text(50)).max(20).optional(),
});
export type CaseIntake = z.infer<typeof caseIntakeSchema>;
