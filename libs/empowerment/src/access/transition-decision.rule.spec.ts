import type { Role } from './roles';
import { canWrite, seesEverything } from './roles';
import { decisionRight, type DecisionRight } from './transition-decision.rule';

describe('decisionRight', () => {
  const request = { requestedBy: 'fatimah' };

  it.each<[Role, string, boolean, DecisionRight]>([
    ['supervisor', 'budi', true, { allowed: true }],
    ['programManager', 'budi', true, { allowed: true }],
    ['supervisor', 'fatimah', true, { allowed: false, refusal: 'FOUR_EYES' }],
    ['programManager', 'fatimah', true, { allowed: false, refusal: 'FOUR_EYES' }],
    ['supervisor', 'budi', false, { allowed: false, refusal: 'OUT_OF_SCOPE' }],
    ['facilitator', 'budi', true, { allowed: false, refusal: 'ROLE' }],
    ['viewer', 'budi', true, { allowed: false, refusal: 'ROLE' }],
    ['admin', 'budi', true, { allowed: false, refusal: 'ROLE' }],
  ])('a %s (%s), case in scope: %p → %p', (role, id, inScope, expected) => {
    expect(decisionRight({ id, role }, request, inScope)).toEqual(expected);
  });
});

describe('roles', () => {
  it.each<[Role, boolean, boolean]>([
    ['admin', true, true],
    ['programManager', true, false],
    ['supervisor', true, false],
    ['facilitator', true, false],
    ['viewer', false, false],
  ])('%s writes: %p, sees everything: %p', (role, writes, everything) => {
    expect(canWrite(role)).toBe(writes);
    expect(seesEverything(role)).toBe(everything);
  });
});
