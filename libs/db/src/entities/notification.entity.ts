import { NOTIFICATION_KINDS, type NotificationKind } from '@berdaya/empowerment';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { inList } from './in-list.check';
import { UserEntity } from './user.entity';

export { NOTIFICATION_KINDS, type NotificationKind } from '@berdaya/empowerment';

/**
 * A message to one user, shown in the panel and sent by e-mail. Jobs run at least once, so each
 * notification carries an idempotency key: a retried job inserts nothing new.
 * Notifications are an inbox, not history: they go with their user or their case.
 */
@Entity({ name: 'notifications' })
@Check('CHK_notifications_kind', inList('kind', NOTIFICATION_KINDS))
@Unique('UQ_notifications_idempotency_key', ['idempotencyKey'])
@Index('IDX_notifications_case_id', ['caseId'])
// (user_id, read_at, created_at DESC), created by hand in the migration: TypeORM cannot express a
// column's sort order.
@Index('IDX_notifications_user_id_read_at_created_at', { synchronize: false })
// (user_id, created_at) WHERE emailed_at IS NULL, created by hand in the migration: what the daily
// digest still has to send, a small part of the table.
@Index('IDX_notifications_unmailed', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_notifications_user_id', onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  @ForeignKey(() => CaseEntity, { name: 'FK_notifications_case_id', onDelete: 'CASCADE' })
  caseId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
