import type { WorkflowDefinition } from '@berdaya/workflow';

export const DEFINITION_STATUSES = ['draft', 'published', 'retired'] as const;
export type DefinitionStatus = (typeof DEFINITION_STATUSES)[number];

/** One version of a workflow definition as the API lists it; `id` is `<definitionId>@<version>`. */
export interface DefinitionVersionSummary {
  id: string;
  definitionId: string;
  version: number;
  status: DefinitionStatus;
  name: { en: string; id: string };
  createdAt: string;
}

/** One version with its definition, as a record route answers it. */
export interface DefinitionVersion extends DefinitionVersionSummary {
  definition: WorkflowDefinition;
}
