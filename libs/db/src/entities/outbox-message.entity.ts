import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job intent written in the same transaction as the change that caused it; the worker's relay
 * moves it into BullMQ with the row's id as the job id (so a relay that crashes midway enqueues
 * nothing twice) and then sets `relayedAt`. A statement trigger (`outbox_notify_on_insert`, see
 * the NotifyOutboxInserts migration) sends NOTIFY on the `outbox` channel to wake the relay.
 */
@Entity({ name: 'outbox' })
// Partial: the relay only ever looks for what is left to relay, and that set stays small.
@Index('IDX_outbox_unrelayed', ['id'], { where: `"relayed_at" IS NULL` })
export class OutboxMessageEntity {
  // bigint comes back from pg as a string: JavaScript numbers cannot hold every int8.
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_outbox',
  })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
