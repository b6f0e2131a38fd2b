import type { Role } from '@berdaya/empowerment';

/** What decides which records a user sees: their role and what they are assigned to. */
export interface UserScope {
  role: Role;
  programIds: readonly string[];
  /** The paths (official codes) of the regions assigned, each standing for its whole subtree. */
  regionPaths: readonly string[];
}
