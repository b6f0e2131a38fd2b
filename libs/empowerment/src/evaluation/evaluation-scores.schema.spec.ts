import { newPower, newScores } from '../testing/evaluation-scores.factory';
import { parseEvaluationScores, type SixElement } from './evaluation-scores.schema';
import { InvalidScoresError, type ScoreProblem } from './invalid-scores.error';

const RULE = 'must be a whole number from 1 to 5';

function rejected(input: unknown): ScoreProblem[] {
  try {
    parseEvaluationScores(input);
  } catch (error) {
    if (error instanceof InvalidScoresError) return error.problems;
    throw error;
  }
  throw new Error('expected the scores to be rejected');
}

const problemsOf = (input: unknown) =>
  rejected(input).map(({ field, message }) => ({ field, message }));

const withElement = (field: string, value: unknown) => ({
  elements: { ...newScores().elements, [field]: value },
});

const withoutElement = (field: SixElement) => {
  const elements: Partial<Record<SixElement, number>> = { ...newScores().elements };
  delete elements[field];
  return { elements };
};

describe('parseEvaluationScores', () => {
  it.each([
    ['every element at the minimum, 1', newScores({}, 1)],
    ['every element at the maximum, 5', newScores({}, 5)],
    ['the power dimensions at 1 and 5', { ...newScores(), power: newPower(1, { ideas: 5 }) }],
  ])('accepts %s', (_case, scores) => {
    expect(parseEvaluationScores(scores)).toEqual(scores);
  });

  it.each([
    [
      'a score below the range',
      withElement('learningByDoing', 0),
      'elements.learningByDoing',
      RULE,
    ],
    ['a score above the range', withElement('selfDecision', 6), 'elements.selfDecision', RULE],
    [
      'a score that is not an integer',
      withElement('problemSolving', 2.5),
      'elements.problemSolving',
      RULE,
    ],
    [
      'a score given as a string',
      withElement('selfEvaluation', '3'),
      'elements.selfEvaluation',
      RULE,
    ],
    ['a NaN score', withElement('selfSelection', NaN), 'elements.selfSelection', RULE],
    ['a null score', withElement('selfSelection', null), 'elements.selfSelection', RULE],
    ['a missing score', withoutElement('selfDecision'), 'elements.selfDecision', 'is missing'],
    [
      'an unknown element',
      withElement('selfDecison', 3),
      'elements.selfDecison',
      'is not a known score',
    ],
    [
      'a power dimension out of range',
      { ...newScores(), power: newPower(3, { reproduction: 0 }) },
      'power.reproduction',
      RULE,
    ],
    [
      'a power dimension left undefined',
      { ...newScores(), power: newPower(3, { ideas: undefined }) },
      'power.ideas',
      'is missing',
    ],
    ['no elements at all', { power: newPower(3) }, 'elements', 'is missing'],
    ['elements not an object', { elements: [3] }, 'elements', 'must be an object of scores'],
  ])('rejects %s, naming the field', (_case, input, field, message) => {
    expect(problemsOf(input)).toEqual([{ field, message }]);
  });

  it('names every offending field in the error message', () => {
    const input = { elements: { ...newScores().elements, selfDecision: 0, selfSelection: 9 } };

    expect(() => parseEvaluationScores(input)).toThrow(
      `invalid evaluation scores: elements.selfSelection ${RULE}; elements.selfDecision ${RULE}`,
    );
  });

  it.each([
    ['a score below the range', withElement('learningByDoing', 0), 'too_small'],
    ['a missing score', withoutElement('selfDecision'), 'invalid_type'],
    ['an unknown element', withElement('selfDecison', 3), 'unrecognized_keys'],
  ])("keeps zod's issue of %s, with its input", (_case, input, code) => {
    const [problem] = rejected(input);

    expect(problem?.issue).toMatchObject({ code });
    expect(problem?.issue).toHaveProperty('input');
  });

  it('rejects input that is not an object', () => {
    expect(problemsOf(null)).toEqual([
      { field: 'scores', message: 'must be an object with elements and, optionally, power' },
    ]);
  });
});
