import type { WorkflowDefinitionStatus } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';

/** One version of a workflow definition as the API lists it; `id` is `<definitionId>@<version>`. */
export interface DefinitionVersionSummary {
  id: string;
  definitionId: string;
  version: number;
  status: WorkflowDefinitionStatus;
  name: { en: string; id: string };
  createdAt: string;
}

/** One version with its definition, as a record route answers it. */
export interface DefinitionVersion extends DefinitionVersionSummary {
  definition: WorkflowDefinition;
}
