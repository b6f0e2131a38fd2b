/** One entry of `fields` in the api's validation errors (400, 422): a bad field and why. */
export interface ApiFieldProblem {
  field: string;
  message: string;
}

const isFieldProblem = (value: unknown): value is ApiFieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  'field' in value &&
  typeof value.field === 'string' &&
  'message' in value &&
  typeof value.message === 'string';

/** The field problems an api error carries, or an empty list when it names none. */
export function apiFieldProblems(error: unknown): ApiFieldProblem[] {
  if (typeof error !== 'object' || error === null || !('body' in error)) return [];
  const { body } = error;
  if (typeof body !== 'object' || body === null || !('fields' in body)) return [];
  return Array.isArray(body.fields) ? body.fields.filter(isFieldProblem) : [];
}

/**
 * The api's field problems as react-admin's form errors, keyed by the field's path
 * (`intake.trust`), so each shows under its input, in the user's language; empty when it names
 * none.
 */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return Object.fromEntries(apiFieldProblems(error).map(({ field, message }) => [field, message]));
}
