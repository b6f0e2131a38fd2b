import {
  BUILT_IN_LABELS,
  findStage,
  ON_HOLD,
  type LocalizedText,
  type StageDefinition,
  type WorkflowDefinition,
  WITHDRAWN,
} from '@berdaya/workflow';
import { useGetManyAggregate, useGetOne, useLocaleState } from 'react-admin';

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

/** A text of a workflow definition in the panel's language, English when it lacks one. */
export const useLocalizedText = () => {
  const [locale] = useLocaleState();
  return (text: LocalizedText) => (locale === 'id' ? text.id : text.en) || text.en;
};

const leafOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The stage at a dotted path; undefined for one the definition does not name. */
export const stageOf = (definition: WorkflowDefinition | undefined, path: string) =>
  definition ? findStage(definition, leafOf(path))?.stage : undefined;

/** The label of a stage path, the built-in pauses included; the path itself when unknown. */
export const stageLabel = (
  definition: WorkflowDefinition | undefined,
  path: string,
): LocalizedText => {
  const leaf = leafOf(path);
  if (leaf === ON_HOLD || leaf === WITHDRAWN) return BUILT_IN_LABELS[leaf];
  return stageOf(definition, path)?.label ?? { en: path, id: path };
};

/** The label of an item of a stage's exit checklist; its id when the stage does not list it. */
export const checklistLabel = (stage: StageDefinition | undefined, item: string): LocalizedText =>
  stage?.checklist?.find((candidate) => candidate.id === item)?.label ?? { en: item, id: item };

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
    // The id of a definition version, as the api's definitionKey writes it.
    { id: subject ? `${subject.workflowDefinitionId}@${subject.workflowDefinitionVersion}` : '' },
    { enabled: subject !== undefined, staleTime: Infinity },
  );
  return {
    subject,
    village: regions?.[0]?.name,
    program: programs?.[0],
    definition: version?.definition,
  };
};
