import { seesEverything } from '@berdaya/empowerment';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { FieldProblem } from '../common/validation/field-problem';
import { UnprocessableFieldsException } from '../common/validation/request-validation.exception';
import { leavesNoActiveAdmin } from './last-admin.rule';
import { PasswordHasher } from './password.hasher';
import type { NewUser, UserChanges } from './user-body.schema';
import type { UserRecord } from './user.record';
import { type NewUserRow, UsersRepository } from './users.repository';

type RoleState = Pick<UserRecord, 'role' | 'active'>;

const EMAIL_TAKEN = 'is already the e-mail of another user';

/**
 * Who may sign in, with which role, and what they are assigned to. Users are deactivated, never
 * deleted, as history keeps pointing at them; deactivating one, or changing their password, ends
 * every session they have.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly dataSource: DataSource,
  ) {}

  /** Every user for an admin; anyone else sees only themselves. */
  list(actor: AuthUser, query: ListQuery): Promise<ListPage<UserRecord>> {
    return this.users.findRecords(query, seesEverything(actor.role) ? undefined : actor.id);
  }

  /** Another user is a 404 to anyone but an admin, as if it did not exist. */
  async get(actor: AuthUser, id: string): Promise<UserRecord> {
    if (!seesEverything(actor.role) && actor.id !== id) throw notFound(id);
    return this.existing(id);
  }

  async create(input: NewUser): Promise<UserRecord> {
    await this.refuseTakenEmail(input.email);
    await this.refuseUnknownAssignments(input);
    const { password, programIds, regionIds, ...fields } = input;
    const row: NewUserRow = { ...fields, passwordHash: await this.passwords.hash(password) };
    const id = await this.transaction(async (tx) => {
      const created = await this.users.insert(tx, row);
      await this.users.replaceProgramIds(tx, created, programIds);
      await this.users.replaceRegionIds(tx, created, regionIds);
      return created;
    });
    return this.existing(id);
  }

  async update(id: string, input: UserChanges): Promise<UserRecord> {
    if (input.email !== undefined) await this.refuseTakenEmail(input.email, id);
    await this.refuseUnknownAssignments(input);
    const { password, programIds, regionIds, ...fields } = input;
    const changes: Partial<NewUserRow> = {
      ...fields,
      ...(password !== undefined && { passwordHash: await this.passwords.hash(password) }),
    };
    await this.transaction(async (tx) => {
      const before = await this.lockedRecord(tx, id);
      const after = { role: changes.role ?? before.role, active: changes.active ?? before.active };
      await this.refuseLeavingNoAdmin(tx, id, before, after);
      await this.users.update(tx, id, changes);
      if (programIds) await this.users.replaceProgramIds(tx, id, programIds);
      if (regionIds) await this.users.replaceRegionIds(tx, id, regionIds);
      if ((before.active && !after.active) || password !== undefined) {
        await this.users.revokeRefreshTokens(tx, id);
      }
    });
    return this.existing(id);
  }

  /** Deactivates the user and ends their sessions; answers the record as it was. */
  async deactivate(id: string): Promise<UserRecord> {
    return this.transaction(async (tx) => {
      const before = await this.lockedRecord(tx, id);
      await this.refuseLeavingNoAdmin(tx, id, before, { ...before, active: false });
      await this.users.update(tx, id, { active: false });
      await this.users.revokeRefreshTokens(tx, id);
      return before;
    });
  }

  private async lockedRecord(tx: EntityManager, id: string): Promise<UserRecord> {
    const record = await this.users.findRecordForUpdate(tx, id);
    if (!record) throw notFound(id);
    return record;
  }

  private async refuseLeavingNoAdmin(
    tx: EntityManager,
    id: string,
    before: RoleState,
    after: RoleState,
  ): Promise<void> {
    if (before.role !== 'admin' || !before.active) return;
    const others = await this.users.countOtherActiveAdminsForUpdate(tx, id);
    if (leavesNoActiveAdmin(before, after, others)) {
      throw new ApiException(HttpStatus.CONFLICT, {
        code: 'LAST_ADMIN',
        message: 'This is the last active admin; make another user an admin first',
      });
    }
  }

  private async refuseUnknownAssignments(input: {
    programIds?: readonly string[];
    regionIds?: readonly string[];
  }): Promise<void> {
    const [programs, regions] = await Promise.all([
      this.users.findMissingProgramIds(input.programIds ?? []),
      this.users.findMissingRegionIds(input.regionIds ?? []),
    ]);
    const problems: FieldProblem[] = [
      ...unknownIds('programIds', input.programIds, programs, 'program'),
      ...unknownIds('regionIds', input.regionIds, regions, 'region'),
    ];
    if (problems.length > 0) throw new UnprocessableFieldsException(problems);
  }

  // Checked first so that the usual case costs no failed statement (and no error in the log).
  private async refuseTakenEmail(email: string, exceptId?: string): Promise<void> {
    if (await this.users.isEmailTaken(email, exceptId)) throw emailTaken();
  }

  /** Runs `work` in a transaction; an e-mail taken by a request racing this one is a 409 too. */
  private async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: unknown }).constraint === 'UQ_users_email'
      ) {
        throw emailTaken();
      }
      throw error;
    }
  }

  private async existing(id: string): Promise<UserRecord> {
    const record = await this.users.findRecord(id);
    if (!record) throw notFound(id);
    return record;
  }
}

function emailTaken(): ApiException {
  const fields: FieldProblem[] = [{ field: 'email', code: 'email_taken', message: EMAIL_TAKEN }];
  return new ApiException(
    HttpStatus.CONFLICT,
    { code: 'EMAIL_TAKEN', message: `email: ${EMAIL_TAKEN}` },
    { fields },
  );
}

function notFound(id: string): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, {
    code: 'USER_NOT_FOUND',
    params: { id },
    message: `User ${id} does not exist`,
  });
}

function unknownIds(
  field: string,
  given: readonly string[] | undefined,
  missing: readonly string[],
  what: string,
): FieldProblem[] {
  return (given ?? []).flatMap((id, i) =>
    missing.includes(id)
      ? [{ field: `${field}.${i}`, code: 'unknown_id', message: `no ${what} has this id` }]
      : [],
  );
}
