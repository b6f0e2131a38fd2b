import { z } from 'zod';
import type { Approach } from '../approach.types';
import { evaluationScoresSchema, type EvaluationScores } from './evaluation-scores.schema';
import { parseScores } from './invalid-scores.error';

/** A self-decision or self-selection score at or below this is low. */
export const LOW_SELF_RELIANCE_SCORE = 2;
/** How many latest evaluations must all be low for the scores to "stay" low. */
export const LOW_STREAK = 2;

/**
 * Dependency risk (seed 000): a technical-assistance case whose self-decision and self-selection
 * scores stay low, i.e. are low in each of its latest two evaluations. `evaluations` is oldest first.
 */
export function dependencyRisk(
  approach: Approach,
  evaluations: readonly EvaluationScores[],
): boolean {
  const history = parseScores(z.array(evaluationScoresSchema), evaluations);
  if (approach !== 'technicalAssistance' || history.length < LOW_STREAK) return false;
  return history
    .slice(-LOW_STREAK)
    .every(
      ({ elements }) =>
        elements.selfDecision <= LOW_SELF_RELIANCE_SCORE &&
        elements.selfSelection <= LOW_SELF_RELIANCE_SCORE,
    );
}
