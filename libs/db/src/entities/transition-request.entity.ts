import { TRANSITION_REQUEST_STATUSES, type TransitionRequestStatus } from '@berdaya/empowerment';
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
import { UserEntity } from './user.entity';

export { TRANSITION_REQUEST_STATUSES, type TransitionRequestStatus } from '@berdaya/empowerment';

/**
 * A facilitator's request to move a case on, waiting for a supervisor. At most one is pending per
 * case (a partial unique index). The reminder, escalation and expiry times are stored here, so any
 * worker can find what is due with a query instead of holding timers.
 */
@Entity({ name: 'transition_requests' })
@Check('CHK_transition_requests_status', inList('status', TRANSITION_REQUEST_STATUSES))
@Check(
  'CHK_transition_requests_due_order',
  `"remind_at" <= "escalate_at" AND "escalate_at" <= "expire_at"`,
)
@Index('UQ_transition_requests_pending_case_id', ['caseId'], {
  unique: true,
  where: `"status" = 'pending'`,
})
@Index('IDX_transition_requests_case_id_created_at', ['caseId', 'createdAt'])
@Index('IDX_transition_requests_status_created_at', ['status', 'createdAt'])
export class TransitionRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_transition_requests' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_transition_requests_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'from_stage', type: 'text' })
  fromStage!: string;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  @ForeignKey(() => UserEntity, {
    name: 'FK_transition_requests_requested_by',
    onDelete: 'RESTRICT',
  })
  requestedBy!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The exit checklist items the requester ticked. */
  @Column({ type: 'text', array: true, default: [] })
  checklist!: string[];

  /** Attachment ids. */
  @Column({ type: 'jsonb', default: [] })
  evidence!: string[];

  @Column({ type: 'text', default: 'pending' })
  status!: TransitionRequestStatus;

  /** The case version the request was made against, to tell whether the case moved meanwhile. */
  @Column({ name: 'case_version', type: 'integer' })
  caseVersion!: number;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, {
    name: 'FK_transition_requests_decided_by',
    onDelete: 'RESTRICT',
  })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment!: string | null;

  @Column({ name: 'remind_at', type: 'timestamptz' })
  remindAt!: Date;

  @Column({ name: 'escalate_at', type: 'timestamptz' })
  escalateAt!: Date;

  @Column({ name: 'expire_at', type: 'timestamptz' })
  expireAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
