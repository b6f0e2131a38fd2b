import {
  MAX_SCORE,
  MIN_SCORE,
  parseEvaluationScores,
  type EvaluationScores,
} from './evaluation-scores.schema';

/**
 * 0–100: the mean score, rescaled so that all 1s give 0 and all 5s give 100, to one decimal.
 * Ife's power dimensions, when scored, count together as one seventh element (their mean), so they
 * cannot outweigh the six process elements and indexes stay comparable with evaluations without them.
 */
export function empowermentIndex(scores: EvaluationScores): number {
  const { elements, power } = parseEvaluationScores(scores);
  const parts = Object.values(elements);
  if (power) parts.push(mean(Object.values(power)));
  const index = ((mean(parts) - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * 100;
  return Math.round(index * 10) / 10;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
