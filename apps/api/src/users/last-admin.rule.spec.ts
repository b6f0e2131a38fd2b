import type { Role } from '@berdaya/empowerment';
import { leavesNoActiveAdmin } from './last-admin.rule';

type State = { role: Role; active: boolean };
const admin: State = { role: 'admin', active: true };

describe('leavesNoActiveAdmin', () => {
  it.each<[string, State, State, number, boolean]>([
    ['deactivating the last admin', admin, { role: 'admin', active: false }, 0, true],
    ['demoting the last admin', admin, { role: 'programManager', active: true }, 0, true],
    [
      'deactivating an admin while another remains',
      admin,
      { role: 'admin', active: false },
      1,
      false,
    ],
    ['renaming the last admin', admin, admin, 0, false],
    [
      'deactivating a facilitator when no admin is left',
      { role: 'facilitator', active: true },
      { role: 'facilitator', active: false },
      0,
      false,
    ],
    [
      'changing an inactive admin',
      { role: 'admin', active: false },
      { role: 'viewer', active: false },
      0,
      false,
    ],
  ])('%s: %p', (_name, before, after, others, expected) => {
    expect(leavesNoActiveAdmin(before, after, others)).toBe(expected);
  });
});
