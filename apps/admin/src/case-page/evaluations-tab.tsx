import { POWER_DIMENSIONS, SIX_ELEMENTS } from '@berdaya/empowerment';
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { EvaluationRecord } from './case-records';
import { IndexTrend } from './index-trend';
import type { CaseView } from './use-case-view';

// The risk flag the api sets from the evaluations done (apps/api/README.md, Evaluations).
const DEPENDENCY_RISK = 'dependencyRisk';

const TREND_COLOURS = { improving: 'success', stable: 'default', declining: 'error' } as const;

const ScoreList = ({
  title,
  keys,
  scores,
  prefix,
}: {
  title: string;
  keys: readonly string[];
  scores: Record<string, number> | undefined;
  prefix: string;
}) => {
  const translate = useTranslate();
  if (!scores) return null;
  return (
    <Box>
      <Typography component="h4" variant="subtitle2">
        {title}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: '1fr auto', gap: '0 12px' }}
      >
        {keys
          .filter((key) => scores[key] !== undefined)
          .map((key) => (
            <Box key={key} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2">
                {translate(`${prefix}.${key}`)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 'bold' }}>
                {scores[key]} / 5
              </Typography>
            </Box>
          ))}
      </Box>
    </Box>
  );
};

/** The case's evaluations: the index's course over time, then each evaluation's scores. */
export const EvaluationsTab = ({ view }: { view: CaseView }) => {
  const translate = useTranslate();
  const { data: evaluations = [] } = useGetList<EvaluationRecord>('evaluations', {
    filter: { caseId: view.record.id },
    sort: { field: 'evaluatedOn', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const t = (key: string, args?: object) => translate(`berdaya.case_page.evaluations.${key}`, args);
  const indexes = evaluations.flatMap((e) =>
    e.status === 'done' && e.empowermentIndex !== null ? [e.empowermentIndex] : [],
  );
  const risky = view.record.riskFlags.includes(DEPENDENCY_RISK);

  return (
    <Stack spacing={2}>
      {evaluations.length > 0 &&
        (risky ? (
          <Alert severity="warning">{t('dependency_risk')}</Alert>
        ) : (
          <Typography variant="body2">{t('no_dependency_risk')}</Typography>
        ))}
      <IndexTrend values={indexes} />
      {evaluations.length === 0 && <Typography variant="body2">{t('empty')}</Typography>}
      {[...evaluations].reverse().map((evaluation) => (
        <Paper key={evaluation.id} variant="outlined" component="article" sx={{ p: 1.5 }}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}
          >
            <Typography component="h3" variant="subtitle1">
              {evaluation.evaluatedOn
                ? t('evaluated_on', { date: view.dates.day(evaluation.evaluatedOn) })
                : evaluation.dueOn
                  ? t('due_on', { date: view.dates.day(evaluation.dueOn) })
                  : ''}
            </Typography>
            <Chip
              size="small"
              label={translate(`berdaya.case_page.evaluation_kind.${evaluation.kind}`, {
                _: evaluation.kind,
              })}
            />
            <Chip
              size="small"
              variant="outlined"
              label={translate(`berdaya.case_page.evaluation_status.${evaluation.status}`)}
            />
            {evaluation.empowermentIndex !== null && (
              <Chip
                size="small"
                color="primary"
                label={t('index_value', { value: evaluation.empowermentIndex })}
              />
            )}
            {evaluation.status === 'done' &&
              (evaluation.trend ? (
                <Chip
                  size="small"
                  color={TREND_COLOURS[evaluation.trend.direction]}
                  label={translate(
                    `berdaya.case_page.trend_direction.${evaluation.trend.direction}`,
                    {
                      delta: `${evaluation.trend.delta > 0 ? '+' : ''}${evaluation.trend.delta}`,
                    },
                  )}
                />
              ) : (
                <Chip size="small" variant="outlined" label={t('first')} />
              ))}
          </Stack>
          {evaluation.scores && (
            <Box sx={{ mt: 1, display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
              <ScoreList
                title={t('elements')}
                keys={SIX_ELEMENTS}
                scores={evaluation.scores.elements}
                prefix="berdaya.case_page.elements"
              />
              <ScoreList
                title={t('power')}
                keys={POWER_DIMENSIONS}
                scores={evaluation.scores.power}
                prefix="berdaya.case_page.power"
              />
            </Box>
          )}
          {evaluation.notes && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('notes')}: {evaluation.notes}
            </Typography>
          )}
        </Paper>
      ))}
    </Stack>
  );
};
