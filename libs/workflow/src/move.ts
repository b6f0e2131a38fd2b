import type { LocalizedText } from './definition.schema';

/** What the caller knows about a requested move; guards read nothing else. */
export interface MoveFacts {
  reason?: string;
  /** Ids of the exit checklist items the requester ticked. */
  checklist?: readonly string[];
}

/** One move as compiled from the definition: the guard's parameters and what callers are told. */
export interface Move {
  event: string;
  /** Stage id the move is declared on (a leaf or a phase), or a built-in state. */
  from: string;
  /** Stage id the move targets; for RESUME, the resume point. */
  to: string;
  label?: LocalizedText;
  requiresApproval: boolean;
  requiresReason: boolean;
  backward: boolean;
  /** Required exit checklist items of every stage the move leaves. */
  checklist: string[];
}

export type Blocker =
  { code: 'CHECKLIST_INCOMPLETE'; items: string[] } | { code: 'REASON_REQUIRED' };

export function blockersOf(move: Move, facts: MoveFacts | undefined): Blocker[] {
  const blockers: Blocker[] = [];
  // A stage has a handful of required items: scanning the ticked list beats building a Set of it.
  const ticked = facts?.checklist ?? [];
  const missing = move.checklist.filter((item) => !ticked.includes(item));
  if (missing.length > 0) blockers.push({ code: 'CHECKLIST_INCOMPLETE', items: missing });
  if (move.requiresReason && !facts?.reason?.trim()) blockers.push({ code: 'REASON_REQUIRED' });
  return blockers;
}
