import { preparedQuery, UserEntity, type UserLocale } from '@berdaya/db';
import type { Role } from '@berdaya/empowerment';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { UserRecord } from './user.record';
import { USERS_RESOURCE } from './users.resource';

/** What signing in needs to know of the user an e-mail names. */
export interface SignInCandidate {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  locale: UserLocale;
  active: boolean;
  passwordHash: string;
}

export interface NewUserRow {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  locale: UserLocale;
  active: boolean;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly rows: Repository<UserEntity>) {}

  findRecords(query: ListQuery, onlyId?: string): Promise<ListPage<UserRecord>> {
    const base = this.recordQuery();
    if (onlyId !== undefined) base.andWhere('u.id = :onlyId', { onlyId });
    return findListPage(base, USERS_RESOURCE, query, (page) => page.getRawMany<UserRecord>());
  }

  async findRecord(id: string): Promise<UserRecord | null> {
    const row = await this.recordQuery().where('u.id = :id', { id }).getRawOne<UserRecord>();
    return row ?? null;
  }

  /** The user's record, locking the row until the transaction ends. */
  async findRecordForUpdate(tx: EntityManager, id: string): Promise<UserRecord | null> {
    const row = await this.recordQuery(tx)
      .where('u.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawOne<UserRecord>();
    return row ?? null;
  }

  findForSignIn(email: string): Promise<SignInCandidate | null> {
    return this.rows
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.fullName', 'u.role', 'u.locale', 'u.active', 'u.passwordHash'])
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** Whether another user than `exceptId` has this e-mail, whatever its case. */
  async isEmailTaken(email: string, exceptId?: string): Promise<boolean> {
    const query = this.rows
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email });
    if (exceptId !== undefined) query.andWhere('u.id <> :exceptId', { exceptId });
    return query.getExists();
  }

  /** The active user with this id and their assignments, in one round trip; null if inactive. */
  async findActiveAuthUser(id: string): Promise<AuthUser | null> {
    const [row] = await preparedQuery<AuthUser>(
      this.rows.manager.connection,
      'berdaya.auth.activeUser',
      `SELECT u.id, u.email, u.role, u.locale,
              ARRAY(SELECT up.program_id FROM user_programs up
                     WHERE up.user_id = u.id ORDER BY up.program_id) AS "programIds",
              ARRAY(SELECT r.id FROM user_regions ur JOIN regions r ON r.id = ur.region_id
                     WHERE ur.user_id = u.id ORDER BY r.path) AS "regionIds",
              ARRAY(SELECT r.path FROM user_regions ur JOIN regions r ON r.id = ur.region_id
                     WHERE ur.user_id = u.id ORDER BY r.path) AS "regionPaths"
         FROM users u
        WHERE u.id = $1 AND u.active`,
      [id],
    );
    return row ?? null;
  }

  async existsAny(): Promise<boolean> {
    return (await this.rows.createQueryBuilder('u').select('1').limit(1).getRawOne()) !== undefined;
  }

  /**
   * Inserts `user` only while there is no user at all; answers whether it did. Replicas starting
   * together may both find no user: the unique e-mail lets one insert win and the other do nothing.
   */
  async insertIfNoUser(user: NewUserRow): Promise<boolean> {
    const inserted = await this.rows.query<unknown[]>(
      `INSERT INTO users (email, password_hash, full_name, role, locale, active)
       SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM users)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [user.email, user.passwordHash, user.fullName, user.role, user.locale, user.active],
    );
    return inserted.length === 1;
  }

  /** Those of `ids` that name no program. */
  findMissingProgramIds(ids: readonly string[]): Promise<string[]> {
    return this.missing('programs', ids);
  }

  /** Those of `ids` that name no region. */
  findMissingRegionIds(ids: readonly string[]): Promise<string[]> {
    return this.missing('regions', ids);
  }

  async insert(tx: EntityManager, user: NewUserRow): Promise<string> {
    const result = await tx.insert(UserEntity, user);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** How many other users are active admins, locking them so none is demoted meanwhile. */
  async countOtherActiveAdminsForUpdate(tx: EntityManager, id: string): Promise<number> {
    const admins = await tx
      .createQueryBuilder(UserEntity, 'u')
      .select('u.id')
      .where(`u.role = 'admin' AND u.active AND u.id <> :id`, { id })
      .setLock('pessimistic_write')
      .getMany();
    return admins.length;
  }

  async update(tx: EntityManager, id: string, changes: Partial<NewUserRow>): Promise<void> {
    if (Object.keys(changes).length > 0) await tx.update(UserEntity, { id }, changes);
  }

  async replaceProgramIds(tx: EntityManager, userId: string, ids: readonly string[]) {
    await tx.query('DELETE FROM user_programs WHERE user_id = $1', [userId]);
    await tx.query(
      'INSERT INTO user_programs (user_id, program_id) SELECT $1, unnest($2::uuid[])',
      [userId, ids],
    );
  }

  async replaceRegionIds(tx: EntityManager, userId: string, ids: readonly string[]) {
    await tx.query('DELETE FROM user_regions WHERE user_id = $1', [userId]);
    await tx.query('INSERT INTO user_regions (user_id, region_id) SELECT $1, unnest($2::uuid[])', [
      userId,
      ids,
    ]);
  }

  /** Revokes every refresh token of the user still valid, ending each of their sessions. */
  async revokeRefreshTokens(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    );
  }

  private recordQuery(manager?: EntityManager) {
    return (manager ?? this.rows.manager)
      .createQueryBuilder(UserEntity, 'u')
      .select('u.id', 'id')
      .addSelect('u.email', 'email')
      .addSelect('u.fullName', 'fullName')
      .addSelect('u.role', 'role')
      .addSelect('u.locale', 'locale')
      .addSelect('u.active', 'active')
      .addSelect(
        'ARRAY(SELECT up.program_id FROM user_programs up WHERE up.user_id = u.id ORDER BY up.program_id)',
        'programIds',
      )
      .addSelect(
        'ARRAY(SELECT ur.region_id FROM user_regions ur WHERE ur.user_id = u.id ORDER BY ur.region_id)',
        'regionIds',
      );
  }

  private async missing(table: 'programs' | 'regions', ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.rows.query<{ id: string }[]>(
      `SELECT given.id FROM unnest($1::uuid[]) AS given(id)
        WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = given.id)`,
      [ids],
    );
    return rows.map((row) => row.id);
  }
}
