import { type IntakeAssessment, LEVELS, recommendApproach } from '@berdaya/empowerment';
import { Alert, AlertTitle } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';

type Level = (typeof LEVELS)[number];

const isLevel = (value: unknown): value is Level =>
  typeof value === 'string' && (LEVELS as readonly string[]).includes(value);

/** The intake answered so far, once every level is chosen; the leader question defaults to no. */
export function completeIntake(intake: unknown): IntakeAssessment | undefined {
  if (typeof intake !== 'object' || intake === null) return undefined;
  const { solidarity, trust, norms, leaderPresentAndEnthusiastic } = intake as Record<
    string,
    unknown
  >;
  if (!isLevel(solidarity) || !isLevel(trust) || !isLevel(norms)) return undefined;
  return { solidarity, trust, norms, leaderPresentAndEnthusiastic: !!leaderPresentAndEnthusiastic };
}

/** The approach the intake recommends and why, by the rule the api applies, as it is filled in. */
export function IntakeRecommendation() {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const intake = completeIntake(useWatch({ name: 'intake' }));
  if (!intake) {
    return (
      <Alert severity="info" role="status" sx={{ my: 1 }}>
        {translate('berdaya.cases.create.fill_in')}
      </Alert>
    );
  }
  const recommendation = recommendApproach(intake);
  return (
    <Alert severity="success" role="status" sx={{ my: 1 }}>
      <AlertTitle>
        {translate('berdaya.cases.create.recommended', {
          approach: translate(`berdaya.cases.approach.${recommendation.approach}`),
        })}
      </AlertTitle>
      {translate('berdaya.cases.create.social_capital', {
        level: translate(`berdaya.cases.level.${recommendation.socialCapital}`),
      })}
      . {localized(recommendation.reason)}
    </Alert>
  );
}
