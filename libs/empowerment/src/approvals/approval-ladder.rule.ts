/** When a pending transition request is reminded of, escalated and expired (transition_requests' *_at columns). */
export interface ApprovalLadder {
  remindAt: Date;
  escalateAt: Date;
  expireAt: Date;
}

export type ApprovalLadderStep = 'waiting' | 'remind' | 'escalate' | 'expire';

// In ladder order; a step is reached at its instant, not after it.
const RUNGS = [
  ['remind', 'remindAt'],
  ['escalate', 'escalateAt'],
  ['expire', 'expireAt'],
] as const;

/**
 * Where a pending request stands at `now`: the furthest step whose instant has come. Steps that
 * share an instant are reached together, so the furthest wins (a worker that slept through the
 * reminder and the escalation acts on the escalation alone).
 */
export function approvalLadderStep(ladder: ApprovalLadder, now: Date): ApprovalLadderStep {
  assertOrdered(ladder);
  let step: ApprovalLadderStep = 'waiting';
  for (const [rung, field] of RUNGS) {
    if (ladder[field].getTime() <= now.getTime()) step = rung;
  }
  return step;
}

/** The next instant the ladder moves on after `now`, or null once the request has expired. */
export function nextApprovalStepAt(ladder: ApprovalLadder, now: Date): Date | null {
  assertOrdered(ladder);
  const next = RUNGS.find(([, field]) => ladder[field].getTime() > now.getTime());
  return next ? new Date(ladder[next[1]].getTime()) : null;
}

// The database holds the same CHECK; an unordered ladder has no "furthest step", so refuse it.
function assertOrdered({ remindAt, escalateAt, expireAt }: ApprovalLadder): void {
  if (!(remindAt.getTime() <= escalateAt.getTime() && escalateAt.getTime() <= expireAt.getTime())) {
    const got = [remindAt, escalateAt, expireAt].map(iso).join(', ');
    throw new RangeError(`an approval ladder needs remindAt <= escalateAt <= expireAt, got ${got}`);
  }
}

function iso(instant: Date): string {
  return Number.isNaN(instant.getTime()) ? 'an invalid date' : instant.toISOString();
}
