import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** A saved, active facilitator with a unique e-mail, except where overridden. */
export function newUser(dataSource: DataSource, overrides: Partial<UserEntity> = {}) {
  return dataSource.getRepository(UserEntity).save({
    email: `${randomUUID()}@example.org`,
    passwordHash: 'not-a-real-hash',
    fullName: 'Test user',
    role: 'facilitator',
    ...overrides,
  });
}
