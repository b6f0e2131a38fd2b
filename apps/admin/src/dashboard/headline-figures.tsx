import type { ProgramIndicators } from '@berdaya/empowerment';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocaleFormat } from './locale-format';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
}

/** The snapshot's headline numbers, as tiles above the charts. */
export const HeadlineFigures = ({ figures }: { figures: ProgramIndicators }) => {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const none = translate('berdaya.dashboard.indicators.not_available');
  const { overdueVisits, approvalTurnaround, empowermentIndex } = figures;
  const tiles: Figure[] = [
    {
      key: 'active',
      label: translate('berdaya.dashboard.indicators.active_cases'),
      value: format.number(figures.activeCases, 0),
    },
    {
      key: 'days',
      label: translate('berdaya.dashboard.indicators.median_days_in_stage'),
      value:
        figures.medianDaysInStage === null
          ? none
          : translate('berdaya.dashboard.indicators.days', {
              value: format.number(figures.medianDaysInStage),
            }),
    },
    {
      key: 'overdue',
      label: translate('berdaya.dashboard.indicators.overdue_rate'),
      value: overdueVisits.rate === null ? none : format.percent(overdueVisits.rate),
      detail: translate('berdaya.dashboard.indicators.overdue_detail', {
        cases: format.number(overdueVisits.cases, 0),
      }),
    },
    {
      key: 'turnaround',
      label: translate('berdaya.dashboard.indicators.approval_turnaround'),
      value:
        approvalTurnaround.medianHours === null
          ? none
          : translate('berdaya.dashboard.indicators.hours', {
              value: format.number(approvalTurnaround.medianHours),
            }),
      detail: translate('berdaya.dashboard.indicators.turnaround_detail', {
        decisions: format.number(approvalTurnaround.decisions, 0),
        days: format.number(approvalTurnaround.windowDays, 0),
      }),
    },
    {
      key: 'index',
      label: translate('berdaya.dashboard.indicators.median_index'),
      value: empowermentIndex.median === null ? none : format.number(empowermentIndex.median),
      detail: translate('berdaya.dashboard.indicators.index_detail', {
        evaluated: format.number(empowermentIndex.evaluatedCases, 0),
        notEvaluated: format.number(empowermentIndex.notEvaluatedCases, 0),
      }),
    },
  ];
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
        gap: 1.5,
        m: 0,
      }}
    >
      {tiles.map((tile) => (
        <Paper key={tile.key} variant="outlined" sx={{ p: 1.5 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {tile.label}
          </Typography>
          <Typography component="dd" variant="h5" sx={{ m: 0 }}>
            {tile.value}
          </Typography>
          {tile.detail ? (
            <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
              {tile.detail}
            </Typography>
          ) : null}
        </Paper>
      ))}
    </Box>
  );
};
