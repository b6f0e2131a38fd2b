import { CaseEntity, RegionEntity } from '@berdaya/db';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { whereRecordInScope, type UserScope } from '../access';

/** Joins the village (`r`) of the case aliased `c` and keeps the cases `user` sees. */
export function whereVisibleCase<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  user: UserScope,
): SelectQueryBuilder<T> {
  const joined = query.innerJoin(RegionEntity, 'r', 'r.id = c.regionId');
  return whereRecordInScope(joined, user, { programId: 'c.programId', regionPath: 'r.path' });
}

/**
 * Joins the case (`c`) and village (`r`) of a record that belongs to a case, and keeps the rows
 * whose case `user` sees: such a record is exactly as visible as its case.
 */
export function whereCaseInScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  caseIdColumn: string,
  user: UserScope,
): SelectQueryBuilder<T> {
  return whereVisibleCase(query.innerJoin(CaseEntity, 'c', `c.id = ${caseIdColumn}`), user);
}
