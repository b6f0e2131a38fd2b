import { seesEverything } from '@berdaya/empowerment';
import { isWithinRegion } from './region-subtree.rule';
import type { UserScope } from './user-scope';

/** A record that belongs to one program and one region (a case, and what hangs off it). */
export interface ScopedRecord {
  programId: string;
  /** The path (official code) of the record's region. */
  regionPath: string;
}

/**
 * Whether a user sees a record: an admin every one; anyone else only those of a program assigned
 * to them AND in the subtree of a region assigned to them. whereRecordInScope says the same in SQL.
 */
export function canSeeRecord(user: UserScope, record: ScopedRecord): boolean {
  if (seesEverything(user.role)) return true;
  return (
    user.programIds.includes(record.programId) &&
    user.regionPaths.some((root) => isWithinRegion(record.regionPath, root))
  );
}
