import type {
  EvaluationScores,
  PowerDimension,
  SixElement,
} from '../evaluation/evaluation-scores.schema';

/** An evaluation scoring every element `score` (default 3) except the ones overridden. */
export function newScores(
  elements: Partial<Record<SixElement, number>> = {},
  score = 3,
): EvaluationScores {
  return {
    elements: {
      learningByDoing: score,
      problemSolving: score,
      selfEvaluation: score,
      selfDevelopmentCoordination: score,
      selfSelection: score,
      selfDecision: score,
      ...elements,
    },
  };
}

/** Ife's seven dimensions, each scoring `score` except the ones overridden. */
export function newPower(
  score: number,
  dimensions: Partial<Record<PowerDimension, number>> = {},
): Record<PowerDimension, number> {
  return {
    personalChoices: score,
    definingNeeds: score,
    institutions: score,
    ideas: score,
    resources: score,
    economicActivity: score,
    reproduction: score,
    ...dimensions,
  };
}
