import { CreateWorkflowDefinitions1795345467195 } from './1795345467195-create-workflow-definitions.migration';
import { CreateCaseManagement1795348138283 } from './1795348138283-create-case-management.migration';
import { NotifyOutboxInserts1795354730311 } from './1795354730311-notify-outbox-inserts.migration';
import { NotifyAuthUserChanges1795356000000 } from './1795356000000-notify-auth-user-changes.migration';
import { IndexCasesByRegionAndStage1795356100000 } from './1795356100000-index-cases-by-region-and-stage.migration';
import { CreateEmailDigests1795356200000 } from './1795356200000-create-email-digests.migration';
import { CreateProgramIndicatorSnapshots1795356300000 } from './1795356300000-create-program-indicator-snapshots.migration';

/**
 * Every migration, oldest first. Listed by hand rather than globbed so that what runs is exactly
 * what was compiled and reviewed; a new migration is appended here in the same change.
 */
export const migrations = [
  CreateWorkflowDefinitions1795345467195,
  CreateCaseManagement1795348138283,
  NotifyOutboxInserts1795354730311,
  NotifyAuthUserChanges1795356000000,
  IndexCasesByRegionAndStage1795356100000,
  CreateEmailDigests1795356200000,
  CreateProgramIndicatorSnapshots1795356300000,
];
