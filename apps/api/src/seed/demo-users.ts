import type { Role } from '@berdaya/empowerment';

export interface DemoUser {
  role: Role;
  email: string;
  password: string;
  fullName: string;
  /** Codes of the regions assigned; an admin needs none. */
  regionCodes: readonly string[];
}

/**
 * One user of every role, documented in the README. The passwords are public by design: the seed
 * refuses to run in production, and they meet the api's minimum of 12 characters.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: 'admin',
    email: 'admin@berdaya.test',
    password: 'demo-admin-berdaya',
    fullName: 'Ratna Wulandari',
    regionCodes: [],
  },
  {
    role: 'programManager',
    email: 'manager@berdaya.test',
    password: 'demo-manager-berdaya',
    fullName: 'Budi Santoso',
    regionCodes: ['33', '52'],
  },
  {
    role: 'supervisor',
    email: 'supervisor@berdaya.test',
    password: 'demo-supervisor-berdaya',
    fullName: 'Siti Rahmawati',
    regionCodes: ['33.01', '52.01'],
  },
  {
    role: 'facilitator',
    email: 'facilitator@berdaya.test',
    password: 'demo-facilitator-berdaya',
    fullName: 'Agus Prasetyo',
    regionCodes: ['33.01.01', '52.01.01'],
  },
  {
    role: 'viewer',
    email: 'viewer@berdaya.test',
    password: 'demo-viewer-berdaya',
    fullName: 'Dewi Lestari',
    regionCodes: ['33', '52'],
  },
];
