import {
  approvalLadderStep,
  nextApprovalStepAt,
  type ApprovalLadder,
  type ApprovalLadderStep,
} from './approval-ladder.rule';

const at = (iso: string) => new Date(iso);

function ladder(remindAt: string, escalateAt: string, expireAt: string): ApprovalLadder {
  return { remindAt: at(remindAt), escalateAt: at(escalateAt), expireAt: at(expireAt) };
}

// Three, seven and fourteen days after a request made at 2026-11-02T01:00Z: the program defaults.
const SPREAD = ladder('2026-11-05T01:00:00Z', '2026-11-09T01:00:00Z', '2026-11-16T01:00:00Z');
const REMIND_IS_ESCALATE = ladder(
  '2026-11-05T01:00:00Z',
  '2026-11-05T01:00:00Z',
  '2026-11-16T01:00:00Z',
);
const ESCALATE_IS_EXPIRE = ladder(
  '2026-11-05T01:00:00Z',
  '2026-11-16T01:00:00Z',
  '2026-11-16T01:00:00Z',
);
const ALL_AT_ONCE = ladder('2026-11-05T01:00:00Z', '2026-11-05T01:00:00Z', '2026-11-05T01:00:00Z');

describe('the approval ladder', () => {
  it.each<[string, ApprovalLadder, string, ApprovalLadderStep, string | null]>([
    [
      'spread out, just after the request',
      SPREAD,
      '2026-11-02T01:00:00Z',
      'waiting',
      '2026-11-05T01:00:00Z',
    ],
    [
      'spread out, a millisecond before the reminder',
      SPREAD,
      '2026-11-05T00:59:59.999Z',
      'waiting',
      '2026-11-05T01:00:00Z',
    ],
    [
      'spread out, at the reminder',
      SPREAD,
      '2026-11-05T01:00:00Z',
      'remind',
      '2026-11-09T01:00:00Z',
    ],
    [
      'spread out, between reminder and escalation',
      SPREAD,
      '2026-11-07T12:00:00Z',
      'remind',
      '2026-11-09T01:00:00Z',
    ],
    [
      'spread out, at the escalation',
      SPREAD,
      '2026-11-09T01:00:00Z',
      'escalate',
      '2026-11-16T01:00:00Z',
    ],
    [
      'spread out, a millisecond before expiry',
      SPREAD,
      '2026-11-16T00:59:59.999Z',
      'escalate',
      '2026-11-16T01:00:00Z',
    ],
    ['spread out, at expiry', SPREAD, '2026-11-16T01:00:00Z', 'expire', null],
    ['spread out, long after expiry', SPREAD, '2027-03-01T00:00:00Z', 'expire', null],
    [
      'reminded and escalated at once, before',
      REMIND_IS_ESCALATE,
      '2026-11-04T00:00:00Z',
      'waiting',
      '2026-11-05T01:00:00Z',
    ],
    [
      'reminded and escalated at once, at that instant',
      REMIND_IS_ESCALATE,
      '2026-11-05T01:00:00Z',
      'escalate',
      '2026-11-16T01:00:00Z',
    ],
    [
      'escalated and expired at once, after the reminder',
      ESCALATE_IS_EXPIRE,
      '2026-11-10T00:00:00Z',
      'remind',
      '2026-11-16T01:00:00Z',
    ],
    [
      'escalated and expired at once, at that instant',
      ESCALATE_IS_EXPIRE,
      '2026-11-16T01:00:00Z',
      'expire',
      null,
    ],
    [
      'all three at once, before',
      ALL_AT_ONCE,
      '2026-11-05T00:00:00Z',
      'waiting',
      '2026-11-05T01:00:00Z',
    ],
    ['all three at once, at that instant', ALL_AT_ONCE, '2026-11-05T01:00:00Z', 'expire', null],
  ])('%s: %s… is %s, next at %s', (_name, steps, now, step, next) => {
    expect(approvalLadderStep(steps, at(now))).toBe(step);
    expect(nextApprovalStepAt(steps, at(now))).toEqual(next === null ? null : at(next));
  });

  // Whatever the spacing, the step holds until the next instant and changes exactly there, so a
  // worker that wakes at nextApprovalStepAt always finds something to do.
  it.each([
    ['spread out', SPREAD],
    ['reminded and escalated at once', REMIND_IS_ESCALATE],
    ['escalated and expired at once', ESCALATE_IS_EXPIRE],
    ['all three at once', ALL_AT_ONCE],
  ])('%s: the step changes exactly at the next instant', (_name, steps) => {
    let now: Date | null = at('2026-11-01T00:00:00Z');
    const seen: ApprovalLadderStep[] = [];
    while (now) {
      const step = approvalLadderStep(steps, now);
      seen.push(step);
      const next = nextApprovalStepAt(steps, now);
      if (next) {
        expect(approvalLadderStep(steps, new Date(next.getTime() - 1))).toBe(step);
        expect(approvalLadderStep(steps, next)).not.toBe(step);
      }
      now = next;
    }
    expect(seen[0]).toBe('waiting');
    expect(seen.at(-1)).toBe('expire');
  });

  it.each([
    [
      'escalation before the reminder',
      ladder('2026-11-05T01:00:00Z', '2026-11-04T01:00:00Z', '2026-11-16T01:00:00Z'),
    ],
    [
      'expiry before the escalation',
      ladder('2026-11-05T01:00:00Z', '2026-11-09T01:00:00Z', '2026-11-08T01:00:00Z'),
    ],
    ['an invalid date', { ...SPREAD, escalateAt: new Date(Number.NaN) }],
  ])('refuses a ladder with %s', (_name, steps) => {
    const now = at('2026-11-06T00:00:00Z');
    expect(() => approvalLadderStep(steps, now)).toThrow(/remindAt <= escalateAt <= expireAt/);
    expect(() => nextApprovalStepAt(steps, now)).toThrow(/remindAt <= escalateAt <= expireAt/);
  });
});
