import type { Role } from '@berdaya/empowerment';

interface RoleState {
  role: Role;
  active: boolean;
}

/**
 * Whether a change to a user would leave no active admin, and so nobody able to manage users,
 * regions or programs again: the user is an active admin before and not after, and is the last.
 */
export function leavesNoActiveAdmin(
  before: RoleState,
  after: RoleState,
  otherActiveAdmins: number,
): boolean {
  const adminBefore = before.role === 'admin' && before.active;
  const adminAfter = after.role === 'admin' && after.active;
  return adminBefore && !adminAfter && otherActiveAdmins === 0;
}
