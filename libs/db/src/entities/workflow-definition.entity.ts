import { WORKFLOW_DEFINITION_STATUSES, type WorkflowDefinitionStatus } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { inList } from './in-list.check';

export { WORKFLOW_DEFINITION_STATUSES, type WorkflowDefinitionStatus } from '@berdaya/empowerment';

/**
 * One version of a workflow definition. Versions are immutable once published: a case stays
 * pinned to the (id, version) it started on, so a change is a new row, never an update.
 */
@Entity({ name: 'workflow_definitions' })
@Check('CHK_workflow_definitions_status', inList('status', WORKFLOW_DEFINITION_STATUSES))
export class WorkflowDefinitionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_workflow_definitions' })
  id!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_workflow_definitions' })
  version!: number;

  @Column({ type: 'text' })
  status!: WorkflowDefinitionStatus;

  @Column({ type: 'jsonb' })
  definition!: WorkflowDefinition;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
