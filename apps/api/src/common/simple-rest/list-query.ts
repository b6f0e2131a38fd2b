import { codedIssue } from '@berdaya/api-problems';
import { z } from 'zod';
import type { FieldProblem } from '../validation/field-problem';
import { RequestValidationException } from '../validation/request-validation.exception';
import type { ListField, ListResource } from './list-resource';

/** The most rows one request gets; a larger range is cut to this (Content-Range says so). */
export const MAX_PAGE_SIZE = 1000;

export type SortOrder = 'ASC' | 'DESC';

/** A checked filter, with the field declaration it applies. */
export type ListFilter =
  | { kind: 'anyOf'; name: string; field: ListField; values: unknown[] }
  | { kind: 'range'; name: string; column: string; bound: 'gte' | 'lte'; value: unknown }
  | { kind: 'search'; columns: readonly string[]; text: string };

/** A list request of react-admin's simple REST protocol, checked against one resource. */
export interface ListQuery {
  sort?: { field: string; columns: readonly string[]; order: SortOrder };
  offset: number;
  limit: number;
  filters: ListFilter[];
}

const PARAMETERS = ['sort', 'range', 'filter'] as const;
type Parameter = (typeof PARAMETERS)[number];

// What each parameter must be, said whenever it is not.
const SHAPES: Record<Parameter, string> = {
  sort: 'must be [field, "ASC" or "DESC"], e.g. ["id","ASC"]',
  range: 'must be [first, last], whole numbers from 0 with last not before first, e.g. [0,24]',
  filter: 'must be a JSON object, e.g. {"status":"draft"}',
};

const SCHEMAS = {
  sort: z.tuple([z.string(), z.enum(['ASC', 'DESC'])]),
  range: z
    .tuple([z.number().int().min(0), z.number().int().min(0)])
    .refine(([first, last]) => last >= first),
  filter: z.record(z.string(), z.unknown()),
} satisfies Record<Parameter, z.ZodType>;

const RANGE_KEY = /^(.+)_(gte|lte)$/;

/** Reads and checks one JSON-encoded parameter; records a problem and answers undefined if bad. */
function readJson<P extends Parameter>(
  raw: unknown,
  name: P,
  problems: FieldProblem[],
): z.output<(typeof SCHEMAS)[P]> | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    problems.push({ field: name, code: 'given_twice', message: 'must be given once' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    problems.push({
      field: name,
      code: 'not_json',
      message: `is not valid JSON; it ${SHAPES[name]}`,
    });
    return undefined;
  }
  const parsed = SCHEMAS[name].safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data as z.output<(typeof SCHEMAS)[P]>;
  // The English message says the whole shape; the code says which part of it is wrong.
  const [issue] = parsed.error.issues;
  problems.push({
    field: name,
    message: SHAPES[name],
    ...(issue ? codedIssue(issue) : { code: 'invalid' }),
  } as FieldProblem);
  return undefined;
}

function filterKeys(resource: ListResource): string[] {
  const keys = resource.searchIn.length > 0 ? ['q'] : [];
  for (const [name, field] of Object.entries(resource.fields)) {
    keys.push(name);
    if (field.rangeColumn) keys.push(`${name}_gte`, `${name}_lte`);
  }
  return keys;
}

function readFilters(
  filter: Record<string, unknown>,
  resource: ListResource,
  problems: FieldProblem[],
): ListFilter[] {
  const filters: ListFilter[] = [];
  const parse = (field: ListField, path: string, value: unknown): unknown => {
    const parsed = field.value.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    const [issue] = parsed.error.issues;
    problems.push(
      issue
        ? ({ field: path, message: issue.message, ...codedIssue(issue) } as FieldProblem)
        : { field: path, code: 'invalid', message: 'is invalid' },
    );
    return undefined;
  };
  const fieldNamed = (name: string) =>
    Object.hasOwn(resource.fields, name) ? resource.fields[name] : undefined;

  for (const [key, value] of Object.entries(filter)) {
    const path = `filter.${key}`;
    const field = fieldNamed(key);
    const [, rangeOf, bound] = RANGE_KEY.exec(key) ?? [];
    const rangeField = rangeOf === undefined ? undefined : fieldNamed(rangeOf);
    if (key === 'q' && resource.searchIn.length > 0) {
      if (typeof value !== 'string') {
        problems.push({ field: path, code: 'not_text', message: 'must be a text' });
      } else if (value.trim() !== '') {
        filters.push({ kind: 'search', columns: resource.searchIn, text: value.trim() });
      }
    } else if (field) {
      const values = Array.isArray(value)
        ? value.map((item, i) => parse(field, `${path}.${i}`, item))
        : [parse(field, path, value)];
      filters.push({ kind: 'anyOf', name: key, field, values });
    } else if (rangeOf !== undefined && rangeField?.rangeColumn) {
      filters.push({
        kind: 'range',
        name: rangeOf,
        column: rangeField.rangeColumn,
        bound: bound === 'gte' ? 'gte' : 'lte',
        value: parse(rangeField, path, value),
      });
    } else {
      const filters = filterKeys(resource).join(', ');
      problems.push({
        field: path,
        code: 'not_a_filter',
        params: { filters },
        message: `is not a filter of ${resource.name}; use ${filters}`,
      });
    }
  }
  return filters;
}

/**
 * Checks `sort`, `range` and `filter` (each a JSON text, as react-admin's ra-data-simple-rest sends
 * them) against what the resource declares, and reports every problem at once.
 *
 * @throws RequestValidationException naming each bad parameter and field.
 */
export function parseListQuery(raw: Record<string, unknown>, resource: ListResource): ListQuery {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(raw)) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      problems.push({
        field: name,
        code: 'not_a_list_parameter',
        message: 'is not a list parameter; use sort, range, filter',
      });
    }
  }

  const sort = readJson(raw.sort, 'sort', problems);
  const sortable = Object.entries(resource.fields).filter(([, field]) => field.sortBy);
  const sortBy = sort && sortable.find(([name]) => name === sort[0])?.[1].sortBy;
  if (sort && !sortBy) {
    const fields = sortable.map(([name]) => name).join(', ');
    problems.push({
      field: 'sort',
      code: 'not_sortable',
      params: { fields },
      message: `cannot sort ${resource.name} by "${sort[0]}"; use ${fields}`,
    });
  }
  // Without a range (react-admin's getMany sends none), a list answers as many rows as it may.
  const [first, last] = readJson(raw.range, 'range', problems) ?? [0, MAX_PAGE_SIZE - 1];
  const filter = readJson(raw.filter, 'filter', problems);
  const filters = filter ? readFilters(filter, resource, problems) : [];

  if (problems.length > 0) throw new RequestValidationException(problems);
  return {
    sort: sort && sortBy && { field: sort[0], columns: sortBy, order: sort[1] },
    offset: first,
    limit: Math.min(last - first + 1, MAX_PAGE_SIZE),
    filters,
  };
}
