import { seesEverything } from '@berdaya/empowerment';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from './user-scope';

/**
 * Where a query finds a record's program and region, as `alias.property`: the region either by
 * id (`c.regionId`, its path is looked up) or by path, when the query joins regions already.
 */
export type ScopeColumns =
  { programId: string; regionId: string } | { programId: string; regionPath: string };

/**
 * Narrows `query` to the records `user` may see, as canSeeRecord decides for one record; for an
 * admin it leaves the query as it is. Apply it to the query that fetches a single record too, so
 * that a record out of scope answers 404, exactly like one that does not exist.
 */
export function whereRecordInScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  user: UserScope,
  columns: ScopeColumns,
): SelectQueryBuilder<T> {
  if (seesEverything(user.role)) return query;
  if (user.programIds.length === 0 || user.regionPaths.length === 0) return query.andWhere('FALSE');
  // Named after the column, so scoping two aliases of one query cannot mix their parameters.
  const prefix = `scope_${columns.programId.replace(/\W/g, '_')}`;
  const parameters: Record<string, unknown> = { [`${prefix}_programs`]: user.programIds };
  // One equality and one prefix per root, each with its own constant: PostgreSQL then serves
  // every LIKE from IDX_regions_path (a pattern built inside the query could not use it).
  const subtrees = user.regionPaths.map((root, i) => {
    parameters[`${prefix}_root_${i}`] = root;
    parameters[`${prefix}_under_${i}`] = `${root}.%`;
    return (column: string) =>
      `${column} = :${prefix}_root_${i} OR ${column} LIKE :${prefix}_under_${i}`;
  });
  const inSubtree = (column: string) => subtrees.map((subtree) => subtree(column)).join(' OR ');
  const region =
    'regionPath' in columns
      ? `(${inSubtree(columns.regionPath)})`
      : `${columns.regionId} IN (SELECT scope_region.id FROM regions scope_region WHERE ${inSubtree('scope_region.path')})`;
  return query.andWhere(
    `(${columns.programId} = ANY(:${prefix}_programs) AND ${region})`,
    parameters,
  );
}
