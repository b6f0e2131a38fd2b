import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListFilter, ListQuery } from './list-query';
import type { BindParameter, ListResource } from './list-resource';
import { ListPage } from './list-page';

// ILIKE's wildcards and escape character, taken literally when a person types them.
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function conditionOf(filter: ListFilter, bind: BindParameter): string {
  switch (filter.kind) {
    case 'search': {
      const pattern = bind(likePattern(filter.text));
      return filter.columns.map((column) => `${column} ILIKE ${pattern}`).join(' OR ');
    }
    case 'anyOf':
      // `{"id": []}` matches nothing, and `IN ()` is not SQL.
      return filter.values.length === 0 ? 'FALSE' : filter.field.where(filter.values, bind);
    case 'range':
      return `${filter.column} ${filter.bound === 'gte' ? '>=' : '<='} ${bind(filter.value)}`;
  }
}

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
  const filtered = base.clone();
  let parameters = 0;
  // Prefixed so they cannot collide with the base query's own parameters.
  const bind: BindParameter = (value) => {
    const name = `list_${parameters++}`;
    filtered.setParameter(name, value);
    return `:${name}`;
  };
  for (const filter of query.filters) {
    filtered.andWhere(`(${conditionOf(filter, bind)})`);
  }

  const { sort } = query;
  const requested = sort ? sort.columns.map((column) => [column, sort.order] as const) : [];
  // TypeORM keeps one direction per column: a tie-break column already sorted on keeps its own.
  const tieBreak = resource.tieBreak
    .filter((column) => !requested.some(([sorted]) => sorted === column))
    .map((column) => [column, 'ASC'] as const);
  const page = filtered.clone().orderBy().offset(query.offset).limit(query.limit);
  for (const [column, order] of [...requested, ...tieBreak]) page.addOrderBy(column, order);

  const [rows, total] = await Promise.all([read(page), filtered.getCount()]);
  return new ListPage(resource.name, query.offset, rows, total);
}
