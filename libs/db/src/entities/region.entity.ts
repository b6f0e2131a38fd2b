import { REGION_LEVELS, type RegionLevel } from '@berdaya/empowerment';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from './in-list.check';

export { REGION_LEVELS, type RegionLevel } from '@berdaya/empowerment';

/**
 * A province, regency or city, district or village, with its official code (`33.74.01.1001`).
 * The code is itself the path down the hierarchy, so a subtree is
 * `path = :p OR path LIKE :p || '.%'`: the dot keeps `33.74` from matching `33.741`.
 */
@Entity({ name: 'regions' })
@Unique('UQ_regions_code', ['code'])
@Check('CHK_regions_level', inList('level', REGION_LEVELS))
// Digits and dots only, so a code can never carry a LIKE wildcard into a subtree query.
@Check('CHK_regions_code', `"code" ~ '^[0-9]+([.][0-9]+)*$'`)
@Check('CHK_regions_path', `"path" = "code"`)
@Index('IDX_regions_parent_id', ['parentId'])
// A text_pattern_ops btree serves the LIKE prefix whatever the database's collation; TypeORM
// cannot express operator classes, so it is created by hand in the migration.
@Index('IDX_regions_path', { synchronize: false })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_regions' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: RegionLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  @ForeignKey(() => RegionEntity, { name: 'FK_regions_parent_id', onDelete: 'RESTRICT' })
  parentId!: string | null;

  // Kept apart from the code so that subtree queries name what they mean; the CHECK keeps the two
  // equal.
  @Column({ type: 'text' })
  path!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
