import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListFilter, ListQuery } from './list-query';
import type { BindParameter, ListResource } from './list-resource';

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
 * A list request's filters and order on a copy of a base query (which may already scope the rows):
 * `filtered` for counting, `ordered` (the requested sort, then the resource's unique key) for
 * reading. Paging is left to the caller: a page cuts `ordered`, an export reads all of it.
 */
export function applyListQuery<Row extends ObjectLiteral>(
  base: SelectQueryBuilder<Row>,
  resource: ListResource,
  query: Pick<ListQuery, 'filters' | 'sort'>,
): { filtered: SelectQueryBuilder<Row>; ordered: SelectQueryBuilder<Row> } {
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
  const ordered = filtered.clone().orderBy();
  for (const [column, order] of [...requested, ...tieBreak]) ordered.addOrderBy(column, order);
  return { filtered, ordered };
}
