import { WORKFLOW_DEFINITION_STATUSES, type WorkflowDefinitionEntity } from '@berdaya/db';
import {
  definitionKey,
  definitionSchema,
  localizedTextSchema,
  stageSchema,
} from '@berdaya/workflow';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';
import type { WorkflowDefinitionSummaryRow } from './workflow-definitions.repository';

// Stages nest: as a component of its own, the stage schema refers to itself instead of repeating.
documented('WorkflowStage', stageSchema);

/** A row of the list: one version of a definition, without the definition itself. */
export const workflowDefinitionSummarySchema = documented(
  'WorkflowDefinitionSummary',
  z.object({
    id: z
      .string()
      .meta({ description: '<definitionId>@<version>', example: 'empowerment-default@1' }),
    definitionId: z.string().meta({ example: 'empowerment-default' }),
    version: z.number().int().meta({ example: 1 }),
    status: z.enum(WORKFLOW_DEFINITION_STATUSES),
    name: localizedTextSchema,
    createdAt: z.string().meta({ format: 'date-time', example: '2026-03-01T08:00:00.000Z' }),
  }),
);
export type WorkflowDefinitionSummary = z.infer<typeof workflowDefinitionSummarySchema>;

/** One version with its definition: what a record route answers. */
export const workflowDefinitionDetailSchema = documented(
  'WorkflowDefinitionDetail',
  workflowDefinitionSummarySchema.extend({
    definition: documented('WorkflowDefinition', definitionSchema),
  }),
);
export type WorkflowDefinitionDetail = z.infer<typeof workflowDefinitionDetailSchema>;

export function toSummary(row: WorkflowDefinitionSummaryRow): WorkflowDefinitionSummary {
  return {
    id: definitionKey({ id: row.definitionId, version: row.version }),
    definitionId: row.definitionId,
    version: row.version,
    status: row.status,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDetail(entity: WorkflowDefinitionEntity): WorkflowDefinitionDetail {
  return {
    ...toSummary({
      definitionId: entity.id,
      version: entity.version,
      status: entity.status,
      name: entity.definition.name,
      createdAt: entity.createdAt,
    }),
    definition: entity.definition,
  };
}
