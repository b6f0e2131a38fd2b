import type { Role } from './roles';

export interface Decider {
  id: string;
  role: Role;
}

export type DecisionRefusal = 'ROLE' | 'OUT_OF_SCOPE' | 'FOUR_EYES';

export type DecisionRight = { allowed: true } | { allowed: false; refusal: DecisionRefusal };

const DECIDING_ROLES: readonly Role[] = ['supervisor', 'programManager'];

/**
 * Who may approve or reject a transition request: a supervisor or program manager whose programs
 * and regions cover the case, and never the person who asked (the four-eyes rule).
 */
export function decisionRight(
  decider: Decider,
  request: { requestedBy: string },
  caseInScope: boolean,
): DecisionRight {
  if (!DECIDING_ROLES.includes(decider.role)) return { allowed: false, refusal: 'ROLE' };
  if (!caseInScope) return { allowed: false, refusal: 'OUT_OF_SCOPE' };
  if (decider.id === request.requestedBy) return { allowed: false, refusal: 'FOUR_EYES' };
  return { allowed: true };
}
