import { INDEX_LEVELS } from '@berdaya/empowerment';
import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BarChart } from './bar-chart';
import type { DashboardProgram, IndicatorHistoryPoint } from './dashboard-records';
import { HeadlineFigures } from './headline-figures';
import { LineChart } from './line-chart';
import { useLocaleFormat } from './locale-format';
import { useProgramIndicators } from './program-indicators.query';
import { definitionKeyOf } from '../common/workflow-labels';
import { useStageLabels } from './stage-labels';

const TRENDS = ['improving', 'stable', 'declining'] as const;

const chartGrid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
  gap: 3,
  mt: 3,
} as const;

/** A program's latest indicators snapshot as figures and charts. */
export const ProgramIndicatorsPanel = ({ program }: { program: DashboardProgram }) => {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const stageLabel = useStageLabels(
    definitionKeyOf(program.workflowDefinitionId, program.workflowDefinitionVersion),
  );
  const { data, isPending, error } = useProgramIndicators(program.id);
  const t = (key: string, options?: object) =>
    translate(`berdaya.dashboard.indicators.${key}`, options);

  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{translate('berdaya.dashboard.loading_error')}</Alert>;
  const { figures, takenAt, history } = data;
  if (!figures || !takenAt) return <Alert severity="info">{t('no_snapshot')}</Alert>;

  const days = (value: number | null) =>
    value === null ? t('not_available') : format.number(value);
  const historyPoints = (
    pick: (point: IndicatorHistoryPoint) => number | null,
    show: (value: number) => string,
  ) =>
    history.map((point) => {
      const value = pick(point);
      return {
        key: point.takenAt,
        label: format.shortDay(point.takenAt, program.timezone),
        value,
        display: value === null ? t('not_available') : show(value),
      };
    });
  const historyHeaders = [t('column_taken_at'), t('column_value')] as const;

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('taken_at', { date: format.instant(takenAt, program.timezone) })}
      </Typography>
      <HeadlineFigures figures={figures} />
      <Box sx={chartGrid}>
        <BarChart
          title={t('funnel_title')}
          help={t('funnel_help')}
          headers={[t('column_stage'), t('column_cases'), t('column_days')]}
          rows={figures.stages.map((stage) => ({
            key: stage.stage,
            label: stageLabel(stage.stage),
            value: stage.cases,
            display: format.number(stage.cases, 0),
            cells: [format.number(stage.cases, 0), days(stage.medianDaysInStage)],
          }))}
        />
        <BarChart
          title={t('days_title')}
          headers={[t('column_stage'), t('column_days')]}
          rows={figures.stages.map((stage) => ({
            key: stage.stage,
            label: stageLabel(stage.stage),
            value: stage.medianDaysInStage ?? 0,
            display: days(stage.medianDaysInStage),
          }))}
        />
        <BarChart
          title={t('distribution_title')}
          headers={[t('column_level'), t('column_cases')]}
          rows={INDEX_LEVELS.map((level) => {
            const cases =
              figures.empowermentIndex.distribution.find((bucket) => bucket.level === level)
                ?.cases ?? 0;
            return {
              key: level,
              label: t(`levels.${level}`),
              value: cases,
              display: format.number(cases, 0),
            };
          })}
        />
        <BarChart
          title={t('trend_title')}
          headers={[t('column_trend'), t('column_cases')]}
          rows={TRENDS.map((trend) => ({
            key: trend,
            label: t(`trend.${trend}`),
            value: figures.empowermentIndex.trend[trend],
            display: format.number(figures.empowermentIndex.trend[trend], 0),
          }))}
        />
        <LineChart
          title={t('index_history_title')}
          headers={historyHeaders}
          tooFew={t('history_empty')}
          points={historyPoints(
            (point) => point.medianIndex,
            (value) => format.number(value),
          )}
        />
        <LineChart
          title={t('overdue_history_title')}
          headers={historyHeaders}
          tooFew={t('history_empty')}
          points={historyPoints(
            (point) => point.overdueRate,
            (value) => format.percent(value),
          )}
        />
        <LineChart
          title={t('turnaround_history_title')}
          headers={historyHeaders}
          tooFew={t('history_empty')}
          points={historyPoints(
            (point) => point.approvalTurnaroundHours,
            (value) => format.number(value),
          )}
        />
      </Box>
    </Stack>
  );
};
