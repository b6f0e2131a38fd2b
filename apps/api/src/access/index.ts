// What other features use to show each user only their programs and regions; see apps/api/README.md.
export type { UserScope } from './user-scope';
export { isWithinRegion } from './region-subtree.rule';
export { canSeeRecord } from './record-scope.rule';
export type { ScopedRecord } from './record-scope.rule';
export { canSeeProgram } from './program-scope.rule';
export { whereRecordInScope } from './record-scope.query';
export type { ScopeColumns } from './record-scope.query';
export { whereProgramInScope } from './program-scope.query';
