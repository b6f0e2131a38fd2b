import type { CaseStatus } from '@berdaya/db';
import {
  stagePathOf,
  transition,
  ON_HOLD,
  WITHDRAWN,
  type AllowedEvent,
  type MoveFacts,
  type WorkflowDefinition,
  type WorkflowSnapshot,
} from '@berdaya/workflow';

export interface MoveInput {
  event: string;
  reason?: string;
  checklist?: readonly string[];
  /** The case version the caller saw; a different current version means someone moved it since. */
  expectedVersion: number;
}

export type MoveRefusal =
  | { code: 'STALE_VERSION'; currentVersion: number }
  | { code: 'NOT_ALLOWED' | 'FINAL_STAGE'; allowedEvents: AllowedEvent[] }
  | { code: 'CHECKLIST_INCOMPLETE'; missing: string[]; allowedEvents: AllowedEvent[] }
  | { code: 'REASON_REQUIRED'; allowedEvents: AllowedEvent[] }
  | { code: 'CORRUPT_CASE'; detail: string };

export type MovePlan =
  | { kind: 'refuse'; refusal: MoveRefusal }
  /** The definition wants a supervisor's approval: record a request, move nothing yet. */
  | { kind: 'request'; from: string; to: string; move: AllowedEvent }
  | {
      kind: 'apply';
      from: string;
      to: string;
      move: AllowedEvent;
      snapshot: WorkflowSnapshot;
      status: CaseStatus;
    };

/**
 * What asking for a move on a case leads to, decided by the engine alone: a refusal, a request
 * for approval, or the move itself. Approving a request replans from the case as it is then, with
 * `approving` set, so a request is never applied to a case that has moved on.
 */
export function planMove(
  def: WorkflowDefinition,
  current: { snapshot: WorkflowSnapshot; version: number },
  input: MoveInput,
  approving = false,
): MovePlan {
  if (input.expectedVersion !== current.version) {
    return { kind: 'refuse', refusal: { code: 'STALE_VERSION', currentVersion: current.version } };
  }
  const facts: MoveFacts = {
    ...(input.reason !== undefined && { reason: input.reason }),
    ...(input.checklist !== undefined && { checklist: input.checklist }),
  };
  const result = transition(def, current.snapshot, input.event, facts);
  if (!result.ok) {
    switch (result.code) {
      case 'CHECKLIST_INCOMPLETE':
        return {
          kind: 'refuse',
          refusal: {
            code: result.code,
            missing: result.missing ?? [],
            allowedEvents: result.allowedEvents,
          },
        };
      case 'NOT_ALLOWED':
      case 'FINAL_STAGE':
      case 'REASON_REQUIRED':
        return {
          kind: 'refuse',
          refusal: { code: result.code, allowedEvents: result.allowedEvents },
        };
      case 'DEFINITION_MISMATCH':
      case 'INVALID_SNAPSHOT':
        return { kind: 'refuse', refusal: { code: 'CORRUPT_CASE', detail: result.message } };
    }
  }
  if (result.move.requiresApproval && !approving) {
    return { kind: 'request', from: result.from, to: result.to, move: result.move };
  }
  return {
    kind: 'apply',
    from: result.from,
    to: result.to,
    move: result.move,
    snapshot: result.snapshot,
    status: caseStatusOf(def, result.snapshot),
  };
}

/** A case's status follows from where its snapshot is. */
export function caseStatusOf(def: WorkflowDefinition, snapshot: WorkflowSnapshot): CaseStatus {
  const stage = stagePathOf(snapshot);
  if (stage === ON_HOLD) return 'onHold';
  if (stage === WITHDRAWN) return 'withdrawn';
  return def.final.includes(stage) ? 'closed' : 'active';
}
