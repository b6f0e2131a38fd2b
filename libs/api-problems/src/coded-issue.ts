import type { z } from 'zod';
import { FIELD_PROBLEMS, type FieldProblem, type FieldProblemCode } from './field-problems';
import { NAMED_PATTERNS } from './named-patterns';

type Issue = z.core.$ZodIssue;

/** A field problem's code and params, without the field it concerns or the English message. */
export type CodedIssue = Pick<FieldProblem, 'code' | 'params'>;

const TYPE_CODES: Readonly<Record<string, FieldProblemCode>> = {
  number: 'not_number',
  nan: 'not_number',
  int: 'not_whole_number',
  string: 'not_text',
  boolean: 'not_boolean',
  object: 'not_object',
  record: 'not_object',
  array: 'not_list',
  tuple: 'not_list',
};

// zod reports a pattern as its source text (`/^[A-Z]$/`).
const PATTERN_CODES: ReadonlyMap<string, FieldProblemCode> = new Map(
  Object.entries(NAMED_PATTERNS).map(([code, pattern]) => [
    String(pattern),
    code as FieldProblemCode,
  ]),
);

const FORMAT_CODES: Readonly<Record<string, FieldProblemCode>> = {
  uuid: 'not_uuid',
  guid: 'not_uuid',
  date: 'not_date',
  datetime: 'not_date_time',
  email: 'not_email',
};

const isFieldProblemCode = (code: unknown): code is FieldProblemCode =>
  typeof code === 'string' && Object.hasOwn(FIELD_PROBLEMS, code);

function sizeProblem(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): CodedIssue {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    if (small && limit === 1) return { code: 'empty' };
    return small
      ? { code: 'too_short', params: { minimum: limit } }
      : { code: 'too_long', params: { maximum: limit } };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small
      ? { code: 'too_few', params: { minimum: limit } }
      : { code: 'too_many', params: { maximum: limit } };
  }
  // Numbers, dates and sizes of anything else; `positive()` is a minimum of 0 not included.
  if (issue.inclusive === false) {
    return small
      ? { code: 'too_small_exclusive', params: { minimum: limit } }
      : { code: 'too_big_exclusive', params: { maximum: limit } };
  }
  return small
    ? { code: 'too_small', params: { minimum: limit } }
    : { code: 'too_big', params: { maximum: limit } };
}

const isParam = (value: unknown): value is string | number =>
  typeof value === 'string' || typeof value === 'number';

// A refinement names its code and that code's params in its own: `params: { code, ...params }`.
function customProblem(given: Record<string, unknown> = {}): CodedIssue {
  const { code, ...params } = given;
  if (!isFieldProblemCode(code)) return { code: 'invalid' };
  const names: readonly string[] = FIELD_PROBLEMS[code];
  if (!names.every((name) => isParam(params[name]))) return { code: 'invalid' };
  return (names.length === 0 ? { code } : { code, params }) as CodedIssue;
}

/**
 * Why zod refused a value, as a code a client can put in its own words. A missing value is
 * `required` only when the issue was reported with its input (`safeParse(value, { reportInput:
 * true })`); a refinement names its own code in `params.code`.
 */
export function codedIssue(issue: Issue): CodedIssue {
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return { code: 'required' };
      return { code: TYPE_CODES[issue.expected] ?? 'invalid' };
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue);
    case 'invalid_value':
      return { code: 'one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return {
        code:
          (issue.format === 'regex' && PATTERN_CODES.get(issue.pattern ?? '')) ||
          (FORMAT_CODES[issue.format] ?? 'bad_format'),
      };
    case 'unrecognized_keys':
      return { code: 'unknown_field' };
    case 'not_multiple_of':
      return { code: 'not_whole_number' };
    case 'custom':
      return customProblem(issue.params);
    case 'invalid_union': {
      // A value that fits no alternative is said in the terms of the first (`true`, or "true").
      const [first] = issue.errors;
      return first?.[0] ? codedIssue(first[0]) : { code: 'invalid' };
    }
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'invalid' };
  }
}
