import type { WorkflowDefinition } from '@berdaya/workflow';
import { useGetManyAggregate, useGetOne } from 'react-admin';
import { definitionKeyOf } from '../common/workflow-labels';

/** The fields of a case this part of the panel reads. */
export interface CaseSummary {
  id: string;
  groupName: string;
  programId: string;
  regionId: string;
  facilitatorId: string | null;
  stage: string;
  nextVisitDue: string | null;
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
}

export interface ProgramSummary {
  id: string;
  name: string;
  timezone: string;
  overdueGraceDays: number;
}

interface RegionSummary {
  id: string;
  name: string;
}

interface DefinitionVersion {
  id: string;
  definition: WorkflowDefinition;
}

/**
 * A case with its village, program and pinned workflow definition. Lists call it once per row:
 * react-admin batches the case, village and program reads of a page into one request each, and a
 * published definition version never changes, so it is read once.
 */
export const useCaseContext = (caseId: string | undefined) => {
  const { data: cases } = useGetManyAggregate<CaseSummary>(
    'cases',
    { ids: caseId ? [caseId] : [] },
    { enabled: caseId !== undefined },
  );
  const subject = cases?.[0];
  const { data: regions } = useGetManyAggregate<RegionSummary>(
    'regions',
    { ids: subject ? [subject.regionId] : [] },
    { enabled: subject !== undefined },
  );
  const { data: programs } = useGetManyAggregate<ProgramSummary>(
    'programs',
    { ids: subject ? [subject.programId] : [] },
    { enabled: subject !== undefined },
  );
  const { data: version } = useGetOne<DefinitionVersion>(
    'workflow-definitions',
    {
      id: subject
        ? definitionKeyOf(subject.workflowDefinitionId, subject.workflowDefinitionVersion)
        : '',
    },
    { enabled: subject !== undefined, staleTime: Infinity },
  );
  return {
    subject,
    village: regions?.[0]?.name,
    program: programs?.[0],
    definition: version?.definition,
  };
};
