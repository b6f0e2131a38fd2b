import { seesEverything } from '@berdaya/empowerment';
import type { UserScope } from './user-scope';

/** Whether a user sees a program: an admin every one, anyone else those assigned to them. */
export function canSeeProgram(user: UserScope, programId: string): boolean {
  return seesEverything(user.role) || user.programIds.includes(programId);
}
