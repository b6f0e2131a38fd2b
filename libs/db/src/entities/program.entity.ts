import { PROGRAM_TIMEZONES, type ProgramTimezone } from '@berdaya/empowerment';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from './in-list.check';
import { WorkflowDefinitionEntity } from './workflow-definition.entity';

export { PROGRAM_TIMEZONES, type ProgramTimezone } from '@berdaya/empowerment';

/**
 * A funded initiative: its pinned workflow definition, budget period, visit policy, approval
 * deadlines and evaluation schedule. Day counts are whole calendar days in the program's timezone.
 */
@Entity({ name: 'programs' })
@Check('CHK_programs_timezone', inList('timezone', PROGRAM_TIMEZONES))
@Check('CHK_programs_visit_days', `"visit_reminder_lead_days" >= 0 AND "overdue_grace_days" >= 0`)
// An approval is reminded of, then escalated, then expires: in that order.
@Check(
  'CHK_programs_approval_days',
  `"approval_reminder_days" >= 1 AND "approval_reminder_days" <= "approval_escalation_days" AND "approval_escalation_days" <= "approval_expiry_days"`,
)
@Check('CHK_programs_budget_period', `"budget_end" >= "budget_start"`)
@ForeignKey(
  () => WorkflowDefinitionEntity,
  ['workflowDefinitionId', 'workflowDefinitionVersion'],
  ['id', 'version'],
  { name: 'FK_programs_workflow_definition', onDelete: 'RESTRICT' },
)
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programs' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'workflow_definition_id', type: 'text' })
  workflowDefinitionId!: string;

  @Column({ name: 'workflow_definition_version', type: 'integer' })
  workflowDefinitionVersion!: number;

  @Column({ type: 'text', default: 'Asia/Jakarta' })
  timezone!: ProgramTimezone;

  @Column({ name: 'visit_reminder_lead_days', type: 'integer', default: 2 })
  visitReminderLeadDays!: number;

  @Column({ name: 'overdue_grace_days', type: 'integer', default: 3 })
  overdueGraceDays!: number;

  @Column({ name: 'approval_reminder_days', type: 'integer', default: 3 })
  approvalReminderDays!: number;

  @Column({ name: 'approval_escalation_days', type: 'integer', default: 7 })
  approvalEscalationDays!: number;

  @Column({ name: 'approval_expiry_days', type: 'integer', default: 14 })
  approvalExpiryDays!: number;

  /** When periodic evaluations fall due, as a cron pattern; none when null. */
  @Column({ name: 'evaluation_cron', type: 'text', nullable: true })
  evaluationCron!: string | null;

  @Column({ name: 'budget_start', type: 'date', nullable: true })
  budgetStart!: string | null;

  @Column({ name: 'budget_end', type: 'date', nullable: true })
  budgetEnd!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
