import type { EvaluationScores } from '@berdaya/empowerment';
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
import { CaseEntity } from './case.entity';
import { inList } from './in-list.check';
import { numericTransformer } from './numeric.transformer';
import { UserEntity } from './user.entity';

export const EVALUATION_KINDS = ['periodic', 'final'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const EVALUATION_STATUSES = ['due', 'done'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/**
 * A participatory evaluation of a case: due first, then done with its scores and the empowerment
 * index derived from them (0–100, see @berdaya/empowerment).
 */
@Entity({ name: 'evaluations' })
@Check('CHK_evaluations_kind', inList('kind', EVALUATION_KINDS))
@Check('CHK_evaluations_status', inList('status', EVALUATION_STATUSES))
@Check(
  'CHK_evaluations_empowerment_index',
  `"empowerment_index" >= 0 AND "empowerment_index" <= 100`,
)
@Check(
  'CHK_evaluations_done',
  `"status" = 'due' OR ("evaluated_on" IS NOT NULL AND "scores" IS NOT NULL AND "empowerment_index" IS NOT NULL)`,
)
@Index('IDX_evaluations_case_id_evaluated_on', ['caseId', 'evaluatedOn'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_evaluations' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_evaluations_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: EvaluationKind;

  @Column({ type: 'text', default: 'due' })
  status!: EvaluationStatus;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'evaluated_on', type: 'date', nullable: true })
  evaluatedOn!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  scores!: EvaluationScores | null;

  @Column({
    name: 'empowerment_index',
    type: 'numeric',
    precision: 5,
    scale: 1,
    nullable: true,
    transformer: numericTransformer,
  })
  empowermentIndex!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'evaluator_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_evaluations_evaluator_id', onDelete: 'RESTRICT' })
  evaluatorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
