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

export const RESOURCE_KINDS = ['personal', 'interpersonal', 'socialInstitutional'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_BLOCKERS = [
  'notAvailableLocally',
  'notRecognised',
  'notResponsive',
  'conflictOfInterest',
] as const;
export type ResourceBlocker = (typeof RESOURCE_BLOCKERS)[number];

/** Something the community has, found in the discovery phase, and what keeps it from being used. */
@Entity({ name: 'resources' })
@Check('CHK_resources_kind', inList('kind', RESOURCE_KINDS))
@Check(
  'CHK_resources_blockers',
  `"blockers" <@ ARRAY[${RESOURCE_BLOCKERS.map((blocker) => `'${blocker}'`).join(', ')}]::text[]`,
)
@Index('IDX_resources_case_id', ['caseId'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_resources' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'FK_resources_case_id', onDelete: 'RESTRICT' })
  caseId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: [] })
  blockers!: ResourceBlocker[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
