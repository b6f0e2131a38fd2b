import type { z } from 'zod';

/** Binds a value as a query parameter and returns its placeholder (`:list_3`). */
export type BindParameter = (value: unknown) => string;

/**
 * A field a list can be sorted or filtered by, under the name clients use. Columns are written
 * against the repository's base query alias (`wd.status`, `wd.createdAt`): TypeORM turns property
 * paths into column names.
 */
export interface ListField<V = unknown> {
  /** Parses one filter value, as it appears in the `filter` JSON. */
  readonly value: z.ZodType<V>;
  /** What `sort=["<field>", …]` orders by, in turn; absent: the list cannot be sorted by it. */
  readonly sortBy?: readonly string[];
  /** What `<field>_gte` and `<field>_lte` compare; absent: the field has no ranges. */
  readonly rangeColumn?: string;
  /**
   * The SQL condition of `{"<field>": value}` or `{"<field>": [values]}` (any of them); `values` is
   * never empty. A field that is not one column writes its own: a composite key, or a region
   * together with everything under it.
   */
  where(values: readonly V[], bind: BindParameter): string;
}

/** What one resource lets its list be sorted, filtered and searched by. */
export interface ListResource {
  /** As in the URL; also names the rows in Content-Range. */
  readonly name: string;
  readonly fields: Readonly<Record<string, ListField>>;
  /** The text columns `q` searches (case-insensitive, anywhere in the text); none: `q` is refused. */
  readonly searchIn: readonly string[];
  /**
   * A unique key, appended to every sort: rows equal in the requested sort then keep one order, so
   * no row shows on two pages or on none.
   */
  readonly tieBreak: readonly string[];
}

/** The common field: one column, equal to one of the values given, sortable, ranges on request. */
export function columnField<V>(
  column: string,
  value: z.ZodType<V>,
  options: { range?: boolean } = {},
): ListField<V> {
  return {
    value,
    sortBy: [column],
    rangeColumn: options.range ? column : undefined,
    where: (values, bind) => `${column} = ANY(${bind(values)})`,
  };
}
