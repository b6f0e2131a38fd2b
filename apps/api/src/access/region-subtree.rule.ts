/**
 * Whether the region at `path` is `root` itself or lies under it. The dot matters: `33.74.01`
 * is under `33.74`, `33.741` is not.
 */
export function isWithinRegion(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}
