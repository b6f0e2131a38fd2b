/** The roles of DOMAIN.md, from the widest view to the narrowest. */
export const ROLES = ['admin', 'programManager', 'supervisor', 'facilitator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Viewers (donors, auditors) read and never write. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}

/** Admins see every case; everyone else only those of their programs and regions. */
export function seesEverything(role: Role): boolean {
  return role === 'admin';
}
