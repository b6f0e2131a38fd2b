import { Query } from '@nestjs/common';
import { type ListQuery, parseListQuery } from './list-query';
import type { ListResource } from './list-resource';

/**
 * The checked `sort`, `range` and `filter` of a list route:
 * `list(@ListQueryOf(RESOURCE) query: ListQuery)`.
 */
export function ListQueryOf(resource: ListResource): ParameterDecorator {
  return Query({
    transform: (raw: Record<string, unknown> | undefined): ListQuery =>
      parseListQuery(raw ?? {}, resource),
  });
}
