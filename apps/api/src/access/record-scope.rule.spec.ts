import type { Role } from '@berdaya/empowerment';
import { canSeeProgram } from './program-scope.rule';
import { canSeeRecord } from './record-scope.rule';
import { isWithinRegion } from './region-subtree.rule';

const WATER = 'program-water';
const SAVINGS = 'program-savings';

// A supervisor of the water program over the city of Semarang (33.74) and one village elsewhere.
const supervisor = {
  role: 'supervisor' as Role,
  programIds: [WATER],
  regionPaths: ['33.74', '35.07.12.2003'],
};

describe('isWithinRegion', () => {
  it.each<[string, string, boolean]>([
    ['33.74', '33.74', true],
    ['33.74.01', '33.74', true],
    ['33.74.01.1001', '33', true],
    ['33.741', '33.74', false],
    ['33.7', '33.74', false],
    ['33', '33.74', false],
    ['34.74.01', '33.74', false],
  ])('%s within %s: %p', (path, root, expected) => {
    expect(isWithinRegion(path, root)).toBe(expected);
  });
});

describe('canSeeRecord', () => {
  it.each<
    [string, { role: Role; programIds: string[]; regionPaths: string[] }, string, string, boolean]
  >([
    [
      'an admin, anything',
      { role: 'admin', programIds: [], regionPaths: [] },
      SAVINGS,
      '11.01',
      true,
    ],
    ['its program, the assigned city itself', supervisor, WATER, '33.74', true],
    ['its program, a village of the city', supervisor, WATER, '33.74.01.1001', true],
    ['its program, the one assigned village', supervisor, WATER, '35.07.12.2003', true],
    ['another program, in the city', supervisor, SAVINGS, '33.74.01.1001', false],
    ['its program, the province above the city', supervisor, WATER, '33', false],
    ['its program, a code that only starts alike', supervisor, WATER, '33.741.01', false],
    ['its program, a neighbour of the assigned village', supervisor, WATER, '35.07.12.2004', false],
    [
      'a user with programs but no region',
      { role: 'facilitator', programIds: [WATER], regionPaths: [] },
      WATER,
      '33.74',
      false,
    ],
    [
      'a user with regions but no program',
      { role: 'programManager', programIds: [], regionPaths: ['33'] },
      WATER,
      '33.74',
      false,
    ],
    [
      'a viewer assigned like the supervisor',
      { ...supervisor, role: 'viewer' },
      WATER,
      '33.74.02',
      true,
    ],
  ])('%s: %p', (_name, user, programId, regionPath, expected) => {
    expect(canSeeRecord(user, { programId, regionPath })).toBe(expected);
  });
});

describe('canSeeProgram', () => {
  it.each<[Role, string, boolean]>([
    ['admin', SAVINGS, true],
    ['supervisor', WATER, true],
    ['supervisor', SAVINGS, false],
  ])('a %s, %s: %p', (role, programId, expected) => {
    expect(canSeeProgram({ ...supervisor, role }, programId)).toBe(expected);
  });
});
