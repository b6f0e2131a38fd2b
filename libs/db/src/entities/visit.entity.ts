import {
  VISIT_PURPOSES,
  type VisitPurpose,
  FACILITATOR_ROLES,
  type FacilitatorRole,
  VISIT_STATUSES,
  type VisitRecordStatus,
} from '@berdaya/empowerment';
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

/** A facilitator's visit to the community (*kunjungan pendampingan*), planned and then logged. */
@Entity({ name: 'visits' })
@Check('CHK_visits_purpose', inList('purpose', VISIT_PURPOSES))
@Check('CHK_visits_participants', `"participants" >= 0`)
// The women are counted among the participants, so their count needs the total to fit in.
@Check(
  'CHK_visits_women_participants',
  `"women_participants" IS NULL OR ("participants" IS NOT NULL AND "women_participants" >= 0 AND "women_participants" <= "participants")`,
)
@Check('CHK_visits_role_played', inList('role_played', FACILITATOR_ROLES))
@Check('CHK_visits_status', inList('status', VISIT_STATUSES))
@Check('CHK_visits_done_on', `("status" = 'done') = ("done_on" IS NOT NULL)`)
@Index('IDX_visits_case_id_planned_on', ['caseId', 'plannedOn'])
@Index('IDX_visits_status_planned_on', ['status', 'plannedOn'])
export class VisitEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visits' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_visits_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ name: 'facilitator_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_visits_facilitator_id', onDelete: 'RESTRICT' })
  facilitatorId!: string | null;

  @Column({ name: 'planned_on', type: 'date' })
  plannedOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'text' })
  purpose!: VisitPurpose;

  @Column({ type: 'text', nullable: true })
  technique!: string | null;

  @Column({ type: 'integer', nullable: true })
  participants!: number | null;

  @Column({ name: 'women_participants', type: 'integer', nullable: true })
  womenParticipants!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'follow_up_actions', type: 'text', nullable: true })
  followUpActions!: string | null;

  @Column({ name: 'role_played', type: 'text', nullable: true })
  rolePlayed!: FacilitatorRole | null;

  @Column({ type: 'text', default: 'scheduled' })
  status!: VisitRecordStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
