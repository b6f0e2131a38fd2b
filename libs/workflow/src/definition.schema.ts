import { NAMED_PATTERNS } from '@berdaya/api-problems';
import { z } from 'zod';

/** Stage and event names that the engine itself defines on every workflow. */
export const BUILT_IN_EVENTS = ['HOLD', 'RESUME', 'WITHDRAW'] as const;
export type BuiltInEvent = (typeof BUILT_IN_EVENTS)[number];
export const ON_HOLD = 'onHold';
export const WITHDRAWN = 'withdrawn';
/** The compound state that wraps every non-final stage, so HOLD can remember where it paused. */
export const PROCESS = 'process';
export const RESUME_POINT = 'resumePoint';
export const RESERVED_STAGE_IDS: readonly string[] = [ON_HOLD, WITHDRAWN, PROCESS, RESUME_POINT];

const text = z.string().trim().min(1);

export const localizedTextSchema = z.strictObject({ en: text, id: text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const identifier = z
  .string()
  .regex(
    NAMED_PATTERNS.camel_case_id,
    'must be camelCase letters and digits, starting with a lowercase letter',
  );

const eventName = z.string().regex(NAMED_PATTERNS.upper_snake_case, 'must be UPPER_SNAKE_CASE');

export const checklistItemSchema = z.strictObject({
  id: identifier,
  label: localizedTextSchema,
  required: z.boolean().default(true),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const days = z.number().int().positive();

export interface StageDefinition {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** Sub-stages: a stage that has them is a phase. */
  stages?: StageDefinition[];
  /** For a phase: the sub-stage it is entered in (default: the first). */
  initial?: string;
  checklist?: ChecklistItem[];
  expectedDurationDays?: number;
  visitCadenceDays?: number;
  techniques?: LocalizedText[];
}

export const stageSchema: z.ZodType<StageDefinition, unknown> = z.lazy(() =>
  z.strictObject({
    id: identifier,
    label: localizedTextSchema,
    description: localizedTextSchema.optional(),
    stages: z.array(stageSchema).min(1).optional(),
    initial: identifier.optional(),
    checklist: z.array(checklistItemSchema).optional(),
    expectedDurationDays: days.optional(),
    visitCadenceDays: days.optional(),
    techniques: z.array(localizedTextSchema).optional(),
  }),
);

export const transitionSchema = z.strictObject({
  event: eventName,
  from: identifier,
  to: identifier,
  label: localizedTextSchema.optional(),
  /** Default: forward moves need a supervisor's approval, backward moves do not. */
  requiresApproval: z.boolean().optional(),
  /** Default: backward moves need a reason; forward moves do not. */
  requiresReason: z.boolean().optional(),
});
export type TransitionDefinition = z.infer<typeof transitionSchema>;

const moveRulesSchema = z.strictObject({
  requiresApproval: z.boolean(),
  requiresReason: z.boolean(),
});
export type MoveRules = z.infer<typeof moveRulesSchema>;

export const definitionSchema = z.strictObject({
  id: z.string().regex(NAMED_PATTERNS.kebab_case_id, 'must be lowercase kebab-case'),
  version: z.number().int().positive(),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  initial: identifier,
  final: z.array(identifier).min(1),
  stages: z.array(stageSchema).min(1),
  transitions: z.array(transitionSchema).min(1),
  builtInMoves: z
    .strictObject({
      HOLD: moveRulesSchema.optional(),
      RESUME: moveRulesSchema.optional(),
      WITHDRAW: moveRulesSchema.optional(),
    })
    .optional(),
});
export type WorkflowDefinition = z.infer<typeof definitionSchema>;

export const DEFAULT_BUILT_IN_MOVES: Record<BuiltInEvent, MoveRules> = {
  HOLD: { requiresApproval: false, requiresReason: true },
  RESUME: { requiresApproval: false, requiresReason: false },
  WITHDRAW: { requiresApproval: true, requiresReason: true },
};

export const BUILT_IN_LABELS: Record<
  BuiltInEvent | typeof ON_HOLD | typeof WITHDRAWN,
  LocalizedText
> = {
  HOLD: { en: 'Put on hold', id: 'Tunda' },
  RESUME: { en: 'Resume', id: 'Lanjutkan' },
  WITHDRAW: { en: 'Withdraw', id: 'Hentikan keikutsertaan' },
  onHold: { en: 'On hold', id: 'Ditunda' },
  withdrawn: { en: 'Withdrawn', id: 'Mengundurkan diri' },
};
