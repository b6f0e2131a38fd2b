import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import type { ProgramRecord, RegionRecord } from './case-records';
import type { CaseView } from './use-case-view';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography component="dt" variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
      {children}
    </Typography>
  </Box>
);

const STATUS_COLOURS = {
  active: 'success',
  onHold: 'warning',
  closed: 'default',
  withdrawn: 'default',
} as const;

export const CaseHeader = ({
  view,
  program,
  village,
}: {
  view: CaseView;
  program: ProgramRecord | undefined;
  village: RegionRecord | undefined;
}) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { record, dates } = view;
  const field = (name: string) => translate(`berdaya.case_page.fields.${name}`);
  const stage = record.phaseLabel
    ? `${localized(record.phaseLabel)} › ${localized(record.stageLabel)}`
    : localized(record.stageLabel);

  return (
    <Paper component="section" aria-labelledby="case-title" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id="case-title" component="h1" variant="h5">
          {record.groupName}
        </Typography>
        <Chip
          size="small"
          color={STATUS_COLOURS[record.status]}
          label={translate(`berdaya.cases.status.${record.status}`)}
        />
      </Stack>
      <Typography variant="subtitle1" sx={{ mt: 0.5 }} data-testid="case-stage">
        {field('stage')}: {stage}
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 1.5,
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
        }}
      >
        <Field label={field('approach')}>
          {translate(`berdaya.cases.approach.${record.approach}`)}
        </Field>
        <Field label={field('program')}>{program?.name ?? '…'}</Field>
        <Field label={field('village')}>
          {village ? `${village.name} (${village.code})` : '…'}
        </Field>
        <Field label={field('facilitator')}>
          {record.facilitatorId
            ? view.nameOf(record.facilitatorId)
            : translate('berdaya.case_page.unassigned')}
        </Field>
        <Field label={field('next_visit_due')}>
          {record.nextVisitDue
            ? dates.day(record.nextVisitDue)
            : translate('berdaya.case_page.no_visit_planned')}
          {record.overdue && (
            <Chip
              size="small"
              color="error"
              sx={{ ml: 1 }}
              label={translate('berdaya.case_page.overdue')}
            />
          )}
        </Field>
        {record.householdsReached !== null && (
          <Field label={field('households')}>{record.householdsReached}</Field>
        )}
        <Field label={field('version')}>{record.version}</Field>
      </Box>
    </Paper>
  );
};
