import type { WorkflowDefinition } from '@berdaya/workflow';
import { DEFAULT_PROCESS_DEFINITION } from './default-process.definition';
import { FIVE_ACTIVITIES_DEFINITION } from './five-activities.definition';
import { SIX_STEPS_DEFINITION } from './six-steps.definition';

export { DEFAULT_PROCESS_DEFINITION, FIVE_ACTIVITIES_DEFINITION, SIX_STEPS_DEFINITION };

export const BUILT_IN_DEFINITIONS: readonly WorkflowDefinition[] = [
  DEFAULT_PROCESS_DEFINITION,
  SIX_STEPS_DEFINITION,
  FIVE_ACTIVITIES_DEFINITION,
];
