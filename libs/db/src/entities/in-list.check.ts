/**
 * The SQL of a CHECK that keeps a text column to the values of an `as const` array, so the
 * constraint and the TypeScript type are written from the same list.
 */
export function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
