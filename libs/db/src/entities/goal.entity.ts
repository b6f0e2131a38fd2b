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

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * A goal set while defining directions: realistic, measurable (indicator and target), time-bound
 * (due day) and scoped.
 */
@Entity({ name: 'goals' })
@Check('CHK_goals_status', inList('status', GOAL_STATUSES))
@Index('IDX_goals_case_id', ['caseId'])
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goals' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_goals_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  indicator!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: GoalStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
