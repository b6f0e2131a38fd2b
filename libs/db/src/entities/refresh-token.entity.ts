import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One refresh token, stored only as a hash. Each use rotates it: the old row gets `revokedAt` and
 * `replacedById`, the new one keeps the `familyId`. A revoked token presented again means the
 * chain was stolen, and the whole family is revoked.
 */
@Entity({ name: 'refresh_tokens' })
@Unique('UQ_refresh_tokens_token_hash', ['tokenHash'])
@Index('IDX_refresh_tokens_user_id', ['userId'])
@Index('IDX_refresh_tokens_family_id', ['familyId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_refresh_tokens' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_refresh_tokens_user_id', onDelete: 'CASCADE' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  // SET NULL: pruning expired tokens must not be blocked by the newer tokens that replaced them.
  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  @ForeignKey(() => RefreshTokenEntity, {
    name: 'FK_refresh_tokens_replaced_by_id',
    onDelete: 'SET NULL',
  })
  replacedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_ip', type: 'text', nullable: true })
  createdIp!: string | null;
}
