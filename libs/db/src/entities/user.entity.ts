import { USER_LOCALES, type UserLocale } from '@berdaya/empowerment';
import { ROLES, type Role } from '@berdaya/empowerment';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from './in-list.check';

export { USER_LOCALES, type UserLocale } from '@berdaya/empowerment';

/**
 * Someone who signs in to the admin panel. Users are deactivated, never deleted: history,
 * requests and visits keep pointing at the people who acted.
 */
@Entity({ name: 'users' })
@Check('CHK_users_role', inList('role', ROLES))
@Check('CHK_users_locale', inList('locale', USER_LOCALES))
// Unique on lower(email), which TypeORM cannot express: created by hand in the migration.
@Index('UQ_users_email', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: 'id' })
  locale!: UserLocale;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
