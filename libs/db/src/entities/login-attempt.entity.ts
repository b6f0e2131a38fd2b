import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt, kept for throttling by e-mail and by address and for the audit trail.
 * Attempts for unknown e-mails are recorded too, so there is no foreign key to users.
 */
@Entity({ name: 'login_attempts' })
@Index('IDX_login_attempts_email_attempted_at', ['email', 'attemptedAt'])
@Index('IDX_login_attempts_ip_attempted_at', ['ip', 'attemptedAt'])
export class LoginAttemptEntity {
  // bigint comes back from pg as a string: JavaScript numbers cannot hold every int8.
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_login_attempts',
  })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
