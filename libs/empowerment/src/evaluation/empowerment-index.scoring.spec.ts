import { newPower, newScores } from '../testing/evaluation-scores.factory';
import { empowermentIndex } from './empowerment-index.scoring';
import { InvalidScoresError } from './invalid-scores.error';

describe('empowermentIndex', () => {
  it.each([
    ['every element 1', 0, newScores({}, 1)],
    ['every element 5', 100, newScores({}, 5)],
    ['every element 3', 50, newScores({}, 3)],
    ['one element a step above 3', 54.2, newScores({ selfDecision: 4 })],
    ['elements 3, power 3', 50, { ...newScores(), power: newPower(3) }],
    // (6 × 1 + 5) / 7 ≈ 1.571 → 14.3: the seven dimensions weigh as one element.
    ['elements 1, power 5', 14.3, { ...newScores({}, 1), power: newPower(5) }],
    ['elements 5, power 1', 85.7, { ...newScores({}, 5), power: newPower(1) }],
    // Power mean 2: (6 × 3 + 2) / 7 ≈ 2.857 → 46.4.
    [
      'elements 3, power mixed',
      46.4,
      { ...newScores(), power: newPower(1, { ideas: 4, resources: 5 }) },
    ],
  ])('%s → %s', (_case, index, scores) => {
    expect(empowermentIndex(scores)).toBe(index);
  });

  it('rejects invalid scores', () => {
    const scores = newScores({ selfDecision: 0 });

    expect(() => empowermentIndex(scores)).toThrow(InvalidScoresError);
  });
});
