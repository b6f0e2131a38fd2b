import type { FieldProblemCode } from './field-problems';

/**
 * The shapes of text the api checks with a pattern, each refused with a code of its own: a schema
 * checks with these (`z.string().regex(NAMED_PATTERNS.upper_snake_case, ...)`), so the pattern
 * stays in the api's documentation and `codedIssue` knows which rule a value broke.
 */
export const NAMED_PATTERNS = {
  camel_case_id: /^[a-z][a-zA-Z0-9]*$/,
  upper_snake_case: /^[A-Z][A-Z0-9_]*$/,
  kebab_case_id: /^[a-z][a-z0-9-]*$/,
  stage_path: /^[a-zA-Z.]+$/,
  not_whole_number: /^-?\d+$/,
} as const satisfies Partial<Record<FieldProblemCode, RegExp>>;
