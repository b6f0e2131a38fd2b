import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { inList } from './in-list.check';
import { UserEntity } from './user.entity';

export const CASE_EVENT_TYPES = [
  'created',
  'approachChosen',
  'transitionRequested',
  'transitionApproved',
  'transitionRejected',
  'requestWithdrawn',
  'requestExpired',
  'moved',
  'visitPlanned',
  'visitLogged',
  'visitMissed',
  'goalSet',
  'resourceRecorded',
  'evaluationRecorded',
  'overrideRecorded',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * One entry in a case's history. Append-only in the database itself: triggers refuse UPDATE,
 * DELETE and TRUNCATE, so a history row, once committed, stays as it was written.
 */
@Entity({ name: 'case_events' })
@Check('CHK_case_events_type', inList('type', CASE_EVENT_TYPES))
@Index('IDX_case_events_case_id_id', ['caseId', 'id'])
export class CaseEventEntity {
  // The identity gives the order of history (timestamps can tie within a transaction). bigint
  // comes back from pg as a string: JavaScript numbers cannot hold every int8.
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_case_events',
  })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_case_events_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ type: 'text' })
  type!: CaseEventType;

  /** Null when the system acted (an expiry, a missed visit). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_case_events_actor_id', onDelete: 'RESTRICT' })
  actorId!: string | null;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: string | null;

  @Column({ name: 'to_stage', type: 'text', nullable: true })
  toStage!: string | null;

  /** The workflow event of a move or a request. */
  @Column({ type: 'text', nullable: true })
  event!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
