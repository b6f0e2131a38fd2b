import {
  BUILT_IN_LABELS,
  findStage,
  ON_HOLD,
  WITHDRAWN,
  type LocalizedText,
  type WorkflowDefinition,
} from '@berdaya/workflow';

/**
 * The labels of a case's stage (its dotted path) and of the phase around it. A stage the
 * definition does not name (which a pinned version never produces) shows its path rather than
 * failing the whole answer.
 */
export function stageLabelOf(
  definition: WorkflowDefinition,
  stage: string,
): { stageLabel: LocalizedText; phaseLabel: LocalizedText | null } {
  const leaf = stage.slice(stage.lastIndexOf('.') + 1);
  const info = findStage(definition, leaf);
  const builtIn = leaf === ON_HOLD || leaf === WITHDRAWN ? BUILT_IN_LABELS[leaf] : undefined;
  const phase = info?.phases[info.phases.length - 1];
  return {
    stageLabel: builtIn ?? info?.stage.label ?? { en: stage, id: stage },
    phaseLabel: phase?.label ?? null,
  };
}
