import type { Role } from '@berdaya/empowerment';

/** Who enrols communities: everyone but viewers (the api refuses their writes). */
export const mayCreateCase = (role: Role | undefined): boolean => !!role && role !== 'viewer';

/** Who hands cases to another facilitator: those the api's PUT /api/cases/:id allows. */
export const mayReassign = (role: Role | undefined): boolean =>
  role === 'admin' || role === 'programManager' || role === 'supervisor';
