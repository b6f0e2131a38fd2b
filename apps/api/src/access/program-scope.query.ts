import { seesEverything } from '@berdaya/empowerment';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from './user-scope';

/**
 * Narrows `query` to the programs `user` sees, as canSeeProgram decides for one; `programId` is
 * the column, as `alias.property` (`p.id`).
 */
export function whereProgramInScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  user: UserScope,
  programId: string,
): SelectQueryBuilder<T> {
  if (seesEverything(user.role)) return query;
  const parameter = `scope_${programId.replace(/\W/g, '_')}_programs`;
  return query.andWhere(`${programId} = ANY(:${parameter})`, { [parameter]: user.programIds });
}
