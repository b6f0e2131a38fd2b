import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A daily e-mail digest sent to a user. UNIQUE (user_id, day) is the digest's idempotency key:
 * the row is inserted before the mail is sent, in the transaction that marks its notifications
 * e-mailed, so a second run that day, or a retry after the commit, finds it and sends nothing.
 */
@Entity({ name: 'email_digests' })
@Unique('UQ_email_digests_user_id_day', ['userId', 'day'])
export class EmailDigestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_email_digests' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_email_digests_user_id', onDelete: 'CASCADE' })
  userId!: string;

  /** The calendar day the digest is for, in DIGEST_TIME_ZONE (Asia/Jakarta). */
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'notification_count', type: 'integer' })
  notificationCount!: number;
}
