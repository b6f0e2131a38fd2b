import type { Approach } from '../approach.types';
import { newScores } from '../testing/evaluation-scores.factory';
import { dependencyRisk } from './dependency-risk.rule';
import { InvalidScoresError } from './invalid-scores.error';

/**
 * Evaluations from a compact notation, oldest first: "2/1, 3/3" is selfDecision/selfSelection per
 * evaluation, with every other element at 4.
 */
const history = (notation: string) =>
  notation
    .split(',')
    .filter((pair) => pair.trim() !== '')
    .map((pair) => {
      const [selfDecision, selfSelection] = pair.split('/').map(Number);
      return newScores({ selfDecision, selfSelection }, 4);
    });

describe('dependencyRisk', () => {
  it.each<[Approach, string, boolean, string]>([
    ['technicalAssistance', '', false, 'no evaluation yet'],
    ['technicalAssistance', '1/1', false, 'one low evaluation alone is not enough'],
    ['technicalAssistance', '2/2, 2/2', true, 'both at the threshold twice'],
    ['technicalAssistance', '1/1, 2/2', true, 'low twice'],
    ['technicalAssistance', '2/2, 3/2', false, 'self-decision rose'],
    ['technicalAssistance', '2/2, 2/3', false, 'self-selection rose'],
    ['technicalAssistance', '3/3, 2/2', false, 'only the latest is low'],
    ['technicalAssistance', '2/2, 2/2, 4/4', false, 'recovered in the latest'],
    ['technicalAssistance', '4/4, 2/2, 1/2', true, 'the latest two are low after a good start'],
    ['selfHelp', '1/1, 1/1', false, 'self-help cases are not watched for dependency'],
  ])('%s with %s → risk %s (%s)', (approach, notation, risk) => {
    expect(dependencyRisk(approach, history(notation))).toBe(risk);
  });

  it('rejects an invalid evaluation, naming which one', () => {
    const evaluations = history('2/2, 2/0');

    expect(() => dependencyRisk('technicalAssistance', evaluations)).toThrow(InvalidScoresError);
    expect(() => dependencyRisk('technicalAssistance', evaluations)).toThrow(
      /1\.elements\.selfSelection must be a whole number/,
    );
  });
});
