/**
 * A copy of `body` without `fields`: for the read-only fields of a record that react-admin sends
 * back with an update, which a body schema accepts and must not apply.
 */
export function withoutFields<T extends object, K extends keyof T>(
  body: T,
  fields: readonly K[],
): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(body).filter(([field]) => !(fields as readonly PropertyKey[]).includes(field)),
  ) as Omit<T, K>;
}
