import type { LocalizedText } from '@berdaya/workflow';
import { LEVELS, type Approach, type Level } from './approach.types';

export interface IntakeAssessment {
  solidarity: Level;
  trust: Level;
  norms: Level;
  leaderPresentAndEnthusiastic: boolean;
}

export type ApproachReasonCode =
  | 'HIGH_SOCIAL_CAPITAL'
  | 'MEDIUM_SOCIAL_CAPITAL_WITH_LEADER'
  | 'MEDIUM_SOCIAL_CAPITAL_WITHOUT_LEADER'
  | 'LOW_SOCIAL_CAPITAL';

export interface ApproachReason extends LocalizedText {
  code: ApproachReasonCode;
}

export interface ApproachRecommendation {
  approach: Approach;
  socialCapital: Level;
  reason: ApproachReason;
}

const OUTCOMES: Record<ApproachReasonCode, { approach: Approach; text: LocalizedText }> = {
  HIGH_SOCIAL_CAPITAL: {
    approach: 'selfHelp',
    text: {
      en: 'Social capital is high, so the community can map and mobilise its own assets.',
      id: 'Modal sosial tinggi, sehingga masyarakat mampu memetakan dan menggerakkan asetnya sendiri.',
    },
  },
  MEDIUM_SOCIAL_CAPITAL_WITH_LEADER: {
    approach: 'selfHelp',
    text: {
      en: 'Social capital is medium and an influential local leader is present and enthusiastic about the program.',
      id: 'Modal sosial sedang dan ada tokoh lokal berpengaruh yang antusias terhadap program.',
    },
  },
  MEDIUM_SOCIAL_CAPITAL_WITHOUT_LEADER: {
    approach: 'technicalAssistance',
    text: {
      en: 'Social capital is medium but no influential local leader is both present and enthusiastic about the program.',
      id: 'Modal sosial sedang tetapi tidak ada tokoh lokal berpengaruh yang hadir sekaligus antusias terhadap program.',
    },
  },
  LOW_SOCIAL_CAPITAL: {
    approach: 'technicalAssistance',
    text: {
      en: 'Social capital is low: solidarity, trust between members and binding norms are too weak for self-help.',
      id: 'Modal sosial rendah: solidaritas, kepercayaan antarwarga, dan norma yang mengikat terlalu lemah untuk swadaya.',
    },
  },
};

/** The approach the system recommends at intake (seed 000); the facilitator may override it. */
export function recommendApproach(assessment: IntakeAssessment): ApproachRecommendation {
  const socialCapital = overallSocialCapital(assessment);
  const code = reasonCode(socialCapital, assessment.leaderPresentAndEnthusiastic);
  return {
    approach: OUTCOMES[code].approach,
    socialCapital,
    reason: { code, ...OUTCOMES[code].text },
  };
}

// The median of the three levels: one dimension alone, strong or weak, does not decide the whole.
function overallSocialCapital({ solidarity, trust, norms }: IntakeAssessment): Level {
  const ranks = [solidarity, trust, norms]
    .map((level) => LEVELS.indexOf(level))
    .sort((a, b) => a - b);
  return LEVELS[ranks[1]];
}

function reasonCode(
  socialCapital: Level,
  leaderPresentAndEnthusiastic: boolean,
): ApproachReasonCode {
  switch (socialCapital) {
    case 'high':
      return 'HIGH_SOCIAL_CAPITAL';
    case 'medium':
      return leaderPresentAndEnthusiastic
        ? 'MEDIUM_SOCIAL_CAPITAL_WITH_LEADER'
        : 'MEDIUM_SOCIAL_CAPITAL_WITHOUT_LEADER';
    case 'low':
      return 'LOW_SOCIAL_CAPITAL';
  }
}
