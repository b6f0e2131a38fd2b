import { recommendApproach, type ApproachReasonCode } from './approach.rule';
import { LEVELS, type Approach, type Level } from './approach.types';

// Independent of the median the rule computes: with three levels, the overall one is high when at
// least two are high, low when at least two are low, and medium otherwise.
function expectedSocialCapital(levels: Level[]): Level {
  const count = (level: Level) => levels.filter((l) => l === level).length;
  if (count('high') >= 2) return 'high';
  if (count('low') >= 2) return 'low';
  return 'medium';
}

function expectedOutcome(capital: Level, leader: boolean): [Approach, ApproachReasonCode] {
  if (capital === 'high') return ['selfHelp', 'HIGH_SOCIAL_CAPITAL'];
  if (capital === 'low') return ['technicalAssistance', 'LOW_SOCIAL_CAPITAL'];
  return leader
    ? ['selfHelp', 'MEDIUM_SOCIAL_CAPITAL_WITH_LEADER']
    : ['technicalAssistance', 'MEDIUM_SOCIAL_CAPITAL_WITHOUT_LEADER'];
}

const ALL_COMBINATIONS = LEVELS.flatMap((solidarity) =>
  LEVELS.flatMap((trust) =>
    LEVELS.flatMap((norms) =>
      [true, false].map((leader) => {
        const capital = expectedSocialCapital([solidarity, trust, norms]);
        return [
          solidarity,
          trust,
          norms,
          leader,
          capital,
          ...expectedOutcome(capital, leader),
        ] as const;
      }),
    ),
  ),
);

describe('recommendApproach', () => {
  it('covers all 27 × 2 combinations', () => {
    expect(ALL_COMBINATIONS).toHaveLength(54);
  });

  it.each(ALL_COMBINATIONS)(
    'solidarity %s, trust %s, norms %s, leader %s → %s social capital, %s (%s)',
    (solidarity, trust, norms, leaderPresentAndEnthusiastic, socialCapital, approach, code) => {
      const recommendation = recommendApproach({
        solidarity,
        trust,
        norms,
        leaderPresentAndEnthusiastic,
      });

      expect(recommendation).toMatchObject({ approach, socialCapital, reason: { code } });
      expect(recommendation.reason.en.trim()).not.toBe('');
      expect(recommendation.reason.id.trim()).not.toBe('');
    },
  );

  it.each([
    ['high', 'high', 'low', false, 'selfHelp', 'high'],
    ['high', 'low', 'low', true, 'technicalAssistance', 'low'],
    ['high', 'medium', 'low', true, 'selfHelp', 'medium'],
    ['high', 'medium', 'low', false, 'technicalAssistance', 'medium'],
    ['medium', 'medium', 'medium', true, 'selfHelp', 'medium'],
    ['low', 'low', 'low', true, 'technicalAssistance', 'low'],
  ] as const)(
    'spot check: %s, %s, %s, leader %s → %s (%s social capital)',
    (solidarity, trust, norms, leaderPresentAndEnthusiastic, approach, socialCapital) => {
      expect(
        recommendApproach({ solidarity, trust, norms, leaderPresentAndEnthusiastic }),
      ).toMatchObject({ approach, socialCapital });
    },
  );

  it('names the leader only when the leader decided it', () => {
    const withLeader = recommendApproach({
      solidarity: 'medium',
      trust: 'medium',
      norms: 'medium',
      leaderPresentAndEnthusiastic: true,
    });
    const highCapital = recommendApproach({
      solidarity: 'high',
      trust: 'high',
      norms: 'high',
      leaderPresentAndEnthusiastic: true,
    });

    expect(withLeader.reason.en).toMatch(/leader/);
    expect(withLeader.reason.id).toMatch(/tokoh lokal/);
    expect(highCapital.reason.en).not.toMatch(/leader/);
  });
});
