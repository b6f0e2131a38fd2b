import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyListQuery } from './apply-list-query';
import type { ListQuery } from './list-query';
import type { ListResource } from './list-resource';
import { ListPage } from './list-page';

/**
 * Runs a list request on a repository's base query (which may already scope the rows): adds the
 * filters, orders by the requested sort and then the resource's unique key, and reads one page and
 * the total. Pages are cut with OFFSET/LIMIT on the rows of the base query, so a base query joins
 * to-one relations only; to-many data is loaded apart.
 *
 * `read` turns the paged query into rows: `getMany()` for entities, `getRawMany()` for a projection.
 */
export async function findListPage<Row>(
  base: SelectQueryBuilder<ObjectLiteral>,
  resource: ListResource,
  query: ListQuery,
  read: (page: SelectQueryBuilder<ObjectLiteral>) => Promise<Row[]>,
): Promise<ListPage<Row>> {
  const { filtered, ordered } = applyListQuery(base, resource, query);
  const page = ordered.offset(query.offset).limit(query.limit);
  const [rows, total] = await Promise.all([read(page), countRows(filtered)]);
  return new ListPage(resource.name, query.offset, rows, total);
}

/**
 * COUNT(*) rather than TypeORM's getCount, which counts DISTINCT ids in case a join repeats rows:
 * base queries join to-one relations only, so no row repeats, and the distinct count of a large
 * page of cases took a third longer.
 */
async function countRows(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const counted = await query.clone().select('COUNT(*)', 'total').getRawOne<{ total: string }>();
  return Number(counted?.total ?? 0);
}
