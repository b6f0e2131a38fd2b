import { apiFieldProblems } from '../common/api-field-problems';

/**
 * The api's field problems as react-admin's form errors, keyed by the field's path
 * (`intake.trust`), so each shows under its input: as the translation key `explained` gives for
 * the field, or else the api's own message.
 */
export function apiFieldErrors(
  error: unknown,
  explained: Record<string, string> = {},
): Record<string, string> {
  return Object.fromEntries(
    apiFieldProblems(error).map(({ field, message }) => [field, explained[field] ?? message]),
  );
}
