import { z } from 'zod';
import { parseScores } from './invalid-scores.error';

/** The six elements of the empowerment process (seed 001). */
export const SIX_ELEMENTS = [
  'learningByDoing',
  'problemSolving',
  'selfEvaluation',
  'selfDevelopmentCoordination',
  'selfSelection',
  'selfDecision',
] as const;
export type SixElement = (typeof SIX_ELEMENTS)[number];

/** Ife's dimensions of power the community holds (seed 001). */
export const POWER_DIMENSIONS = [
  'personalChoices',
  'definingNeeds',
  'institutions',
  'ideas',
  'resources',
  'economicActivity',
  'reproduction',
] as const;
export type PowerDimension = (typeof POWER_DIMENSIONS)[number];

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
const SCORE_RULE = `must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}`;

const orMissing = (rule: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : rule;

const score = z
  .int({ error: orMissing(SCORE_RULE) })
  .min(MIN_SCORE, SCORE_RULE)
  .max(MAX_SCORE, SCORE_RULE);

const scoresOf = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, score])) as Record<K, typeof score>, {
    error: orMissing('must be an object of scores'),
  });

/** One evaluation: all six elements, and Ife's seven dimensions all together or not at all. */
export const evaluationScoresSchema = z.strictObject(
  {
    elements: scoresOf(SIX_ELEMENTS),
    power: scoresOf(POWER_DIMENSIONS).optional(),
  },
  { error: 'must be an object with elements and, optionally, power' },
);
export type EvaluationScores = z.infer<typeof evaluationScoresSchema>;

/** The scores, checked; throws an InvalidScoresError naming every offending field. */
export function parseEvaluationScores(input: unknown): EvaluationScores {
  return parseScores(evaluationScoresSchema, input);
}
