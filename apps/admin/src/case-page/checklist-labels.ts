import type { LocalizedText, StageDefinition, WorkflowDefinition } from '@berdaya/workflow';

/** The label of every exit checklist item of a definition, by item id. */
export function checklistLabels(def: WorkflowDefinition): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>();
  const visit = (stage: StageDefinition) => {
    for (const item of stage.checklist ?? []) labels.set(item.id, item.label);
    stage.stages?.forEach(visit);
  };
  def.stages.forEach(visit);
  return labels;
}
