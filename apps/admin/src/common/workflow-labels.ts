import {
  BUILT_IN_LABELS,
  findStage,
  ON_HOLD,
  type LocalizedText,
  type StageDefinition,
  type WorkflowDefinition,
  WITHDRAWN,
} from '@berdaya/workflow';

/** The `<definitionId>@<version>` key GET /api/workflow-definitions/:id takes. */
export const definitionKeyOf = (id: string, version: number): string => `${id}@${version}`;

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
