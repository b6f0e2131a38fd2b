/**
 * The api's validation errors (400 and 422 carry `fields: [{field, message}]`) as react-admin's
 * form errors, keyed by the field's path (`intake.trust`), so each shows under its input: as the
 * translation key `explained` gives for the field, or else the api's own message.
 */
export function apiFieldErrors(
  error: unknown,
  explained: Record<string, string> = {},
): Record<string, string> {
  if (typeof error !== 'object' || error === null || !('body' in error)) return {};
  const { body } = error;
  if (typeof body !== 'object' || body === null || !('fields' in body)) return {};
  if (!Array.isArray(body.fields)) return {};
  const errors: Record<string, string> = {};
  for (const problem of body.fields as unknown[]) {
    if (typeof problem !== 'object' || problem === null) continue;
    const { field, message } = problem as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') {
      errors[field] = explained[field] ?? message;
    }
  }
  return errors;
}
