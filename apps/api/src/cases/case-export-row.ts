import type { CaseEntity, ProgramEntity } from '@berdaya/db';

/** One case as the CSV export reads it: the row's own columns and what it is joined to. */
export type CaseExportRow = Pick<
  CaseEntity,
  | 'id'
  | 'groupName'
  | 'groupType'
  | 'stage'
  | 'status'
  | 'approach'
  | 'workflowDefinitionId'
  | 'workflowDefinitionVersion'
  | 'nextVisitDue'
  | 'updatedAt'
> &
  Pick<ProgramEntity, 'timezone' | 'overdueGraceDays'> & {
    programName: string;
    villageCode: string;
    villageName: string;
    facilitatorEmail: string | null;
  };
