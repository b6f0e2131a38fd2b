import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { RegionEntity } from './region.entity';
import { UserEntity } from './user.entity';

/**
 * A region a user is assigned to, meant as a subtree: a district covers its villages (see
 * RegionEntity's path).
 */
@Entity({ name: 'user_regions' })
@Index('IDX_user_regions_region_id', ['regionId'])
export class UserRegionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_user_regions' })
  @ForeignKey(() => UserEntity, { name: 'FK_user_regions_user_id', onDelete: 'CASCADE' })
  userId!: string;

  @PrimaryColumn({ name: 'region_id', type: 'uuid', primaryKeyConstraintName: 'PK_user_regions' })
  @ForeignKey(() => RegionEntity, { name: 'FK_user_regions_region_id', onDelete: 'CASCADE' })
  regionId!: string;
}
