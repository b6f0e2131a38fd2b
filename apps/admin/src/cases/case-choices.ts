import { BUILT_IN_DEFINITIONS } from '@berdaya/empowerment';
import type { LocalizedText } from '@berdaya/workflow';

// The api's enums (libs/db holds them, which the panel cannot import), as translated choices.
const choices = (ids: readonly string[], prefix: string) =>
  ids.map((id) => ({ id, name: `berdaya.cases.${prefix}.${id}` }));

export const STATUS_CHOICES = choices(['active', 'onHold', 'closed', 'withdrawn'], 'status');
export const APPROACH_CHOICES = choices(['technicalAssistance', 'selfHelp'], 'approach');
export const GROUP_TYPE_CHOICES = choices(
  ['wholeVillage', 'women', 'farmers', 'youth', 'other'],
  'group_type',
);
export const LEVEL_CHOICES = choices(['low', 'medium', 'high'], 'level');
export const INTERVENTION_MODEL_CHOICES = choices(
  ['localityDevelopment', 'socialPlanning', 'socialAction'],
  'intervention_model',
);
export const STRATEGY_LEVEL_CHOICES = choices(['micro', 'mezzo', 'macro'], 'strategy_level');

export interface PhaseChoice {
  id: string;
  label: LocalizedText;
}

/**
 * The top-level stages (phases) of the built-in workflows, for the `phase` filter, which takes a
 * phase with every stage under it. A phase two workflows share by id is offered once.
 */
export const PHASE_CHOICES: readonly PhaseChoice[] = [
  ...new Map(
    BUILT_IN_DEFINITIONS.flatMap((definition) =>
      definition.stages.map((stage) => [stage.id, { id: stage.id, label: stage.label }] as const),
    ),
  ).values(),
];
