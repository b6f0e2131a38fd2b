import {
  APPROACHES,
  type Approach,
  type ApproachReason,
  type IntakeAssessment,
} from '@berdaya/empowerment';
import type { WorkflowSnapshot } from '@berdaya/workflow';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from './in-list.check';
import { ProgramEntity } from './program.entity';
import { RegionEntity } from './region.entity';
import { UserEntity } from './user.entity';
import { WorkflowDefinitionEntity } from './workflow-definition.entity';

export const CASE_GROUP_TYPES = ['wholeVillage', 'women', 'farmers', 'youth', 'other'] as const;
export type CaseGroupType = (typeof CASE_GROUP_TYPES)[number];

/** Rothman's models. */
export const INTERVENTION_MODELS = [
  'localityDevelopment',
  'socialPlanning',
  'socialAction',
] as const;
export type InterventionModel = (typeof INTERVENTION_MODELS)[number];

/** Suharto's levels. */
export const STRATEGY_LEVELS = ['micro', 'mezzo', 'macro'] as const;
export type StrategyLevel = (typeof STRATEGY_LEVELS)[number];

export const CASE_STATUSES = ['active', 'onHold', 'closed', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * One community in one village enrolled in one program. The engine's snapshot is the truth about
 * the stage; `stage` is its dotted path, kept beside it for filtering. Every move writes the row
 * with `version = version + 1 WHERE version = :expected`, so a lost race changes nothing.
 */
@Entity({ name: 'cases' })
@Check('CHK_cases_group_type', inList('group_type', CASE_GROUP_TYPES))
@Check('CHK_cases_households_reached', `"households_reached" >= 0`)
@Check('CHK_cases_approach', inList('approach', APPROACHES))
@Check('CHK_cases_recommended_approach', inList('recommended_approach', APPROACHES))
// Overriding the recommended approach takes a written reason (seed 000).
@Check(
  'CHK_cases_approach_override',
  `"approach" = "recommended_approach" OR "approach_override_reason" IS NOT NULL`,
)
@Check('CHK_cases_intervention_model', inList('intervention_model', INTERVENTION_MODELS))
@Check('CHK_cases_strategy_level', inList('strategy_level', STRATEGY_LEVELS))
@Check('CHK_cases_status', inList('status', CASE_STATUSES))
@ForeignKey(
  () => WorkflowDefinitionEntity,
  ['workflowDefinitionId', 'workflowDefinitionVersion'],
  ['id', 'version'],
  { name: 'FK_cases_workflow_definition', onDelete: 'RESTRICT' },
)
@Index('IDX_cases_facilitator_id', ['facilitatorId'])
@Index('IDX_cases_status', ['status'])
@Index('IDX_cases_next_visit_due', ['nextVisitDue'])
// A btree is read backwards as readily as forwards, so this serves the newest-first sort too.
@Index('IDX_cases_updated_at', ['updatedAt'])
@Index('IDX_cases_tags', ['tags'], { type: 'gin' })
// Created by hand in the migration: TypeORM cannot express operator classes. Stage filters are
// prefixes (`dialogue` covers `dialogue.buildingTrust`), hence text_pattern_ops; the group name
// search is a substring match, hence trigrams. (program_id, stage) also serves program_id alone,
// so that has no index of its own: every move rewrites each of these indexes. For the same reason
// (region_id, stage) INCLUDE (program_id), which counts a subtree's cases at a stage from the
// index alone, also serves region_id alone.
@Index('IDX_cases_region_id_stage', { synchronize: false })
@Index('IDX_cases_stage', { synchronize: false })
@Index('IDX_cases_program_id_stage', { synchronize: false })
@Index('IDX_cases_group_name_trgm', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cases' })
  id!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  @ForeignKey(() => ProgramEntity, { name: 'FK_cases_program_id', onDelete: 'RESTRICT' })
  programId!: string;

  /** A village. */
  @Column({ name: 'region_id', type: 'uuid' })
  @ForeignKey(() => RegionEntity, { name: 'FK_cases_region_id', onDelete: 'RESTRICT' })
  regionId!: string;

  @Column({ name: 'group_name', type: 'text' })
  groupName!: string;

  @Column({ name: 'group_type', type: 'text' })
  groupType!: CaseGroupType;

  @Column({ name: 'households_reached', type: 'integer', nullable: true })
  householdsReached!: number | null;

  @Column({ name: 'facilitator_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_cases_facilitator_id', onDelete: 'RESTRICT' })
  facilitatorId!: string | null;

  @Column({ type: 'text' })
  approach!: Approach;

  @Column({ name: 'recommended_approach', type: 'text' })
  recommendedApproach!: Approach;

  @Column({ name: 'approach_reason', type: 'jsonb' })
  approachReason!: ApproachReason;

  @Column({ name: 'approach_override_reason', type: 'text', nullable: true })
  approachOverrideReason!: string | null;

  @Column({ type: 'jsonb' })
  intake!: IntakeAssessment;

  @Column({ name: 'intervention_model', type: 'text', nullable: true })
  interventionModel!: InterventionModel | null;

  @Column({ name: 'strategy_level', type: 'text', nullable: true })
  strategyLevel!: StrategyLevel | null;

  @Column({ name: 'workflow_definition_id', type: 'text' })
  workflowDefinitionId!: string;

  @Column({ name: 'workflow_definition_version', type: 'integer' })
  workflowDefinitionVersion!: number;

  @Column({ type: 'jsonb' })
  snapshot!: WorkflowSnapshot;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'text', default: 'active' })
  status!: CaseStatus;

  // Not a @VersionColumn: TypeORM bumps that on every save() without ever guarding the UPDATE
  // with the version read, which is the whole point here.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt!: Date;

  @Column({ name: 'next_visit_due', type: 'date', nullable: true })
  nextVisitDue!: string | null;

  @Column({ type: 'text', array: true, default: [] })
  tags!: string[];

  @Column({ name: 'risk_flags', type: 'text', array: true, default: [] })
  riskFlags!: string[];

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
