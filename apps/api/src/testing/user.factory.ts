import { UserEntity, type UserLocale } from '@berdaya/db';
import type { Role } from '@berdaya/empowerment';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../users/password.hasher';

/** Every test user's password unless one is given: hashed once per spec file, not per user. */
export const TEST_PASSWORD = 'kata-sandi-uji-coba';

let testPasswordHash: Promise<string> | undefined;

export interface TestUserOptions {
  role?: Role;
  email?: string;
  fullName?: string;
  locale?: UserLocale;
  active?: boolean;
  password?: string;
  programIds?: readonly string[];
  regionIds?: readonly string[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/**
 * A saved user, by default an active facilitator with a unique e-mail and TEST_PASSWORD, assigned
 * to the programs and regions given.
 */
export async function newUser(dataSource: DataSource, options: TestUserOptions = {}) {
  const hasher = new PasswordHasher();
  const password = options.password ?? TEST_PASSWORD;
  const passwordHash =
    options.password === undefined
      ? await (testPasswordHash ??= hasher.hash(TEST_PASSWORD))
      : await hasher.hash(password);
  const role = options.role ?? 'facilitator';
  const user = await dataSource.getRepository(UserEntity).save({
    email: options.email ?? `${role.toLowerCase()}-${randomUUID()}@example.org`,
    passwordHash,
    fullName: options.fullName ?? `Test ${role}`,
    role,
    locale: options.locale ?? 'id',
    active: options.active ?? true,
  });
  for (const programId of options.programIds ?? []) {
    await dataSource.query('INSERT INTO user_programs (user_id, program_id) VALUES ($1, $2)', [
      user.id,
      programId,
    ]);
  }
  for (const regionId of options.regionIds ?? []) {
    await dataSource.query('INSERT INTO user_regions (user_id, region_id) VALUES ($1, $2)', [
      user.id,
      regionId,
    ]);
  }
  return { id: user.id, email: user.email, password, role } satisfies TestUser;
}
