import { STALLED_FLAG } from '@berdaya/empowerment';
import { Chip, List, ListItem, ListItemButton, ListItemText, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DashboardCase } from './dashboard-records';
import { useLocaleFormat } from './locale-format';

/** Cases as links to their pages: the group, its stage and next visit, overdue and stalled marked. */
export const CaseRows = ({ cases }: { cases: readonly DashboardCase[] }) => {
  const translate = useTranslate();
  const format = useLocaleFormat();
  return (
    <List dense disablePadding>
      {cases.map((record) => {
        const stage = format.text(record.stageLabel, record.stage);
        const visit = record.nextVisitDue
          ? translate('berdaya.dashboard.cases.visit_due', {
              date: format.day(record.nextVisitDue),
            })
          : translate('berdaya.dashboard.cases.no_visit_due');
        return (
          <ListItem key={record.id} disablePadding>
            <ListItemButton component="a" href={`#/cases/${record.id}/show`}>
              <ListItemText primary={record.groupName} secondary={`${stage} · ${visit}`} />
              <Stack direction="row" spacing={0.5} sx={{ ml: 1, flexShrink: 0 }}>
                {record.riskFlags.includes(STALLED_FLAG) ? (
                  <Chip
                    size="small"
                    variant="outlined"
                    label={translate('berdaya.dashboard.cases.stalled')}
                  />
                ) : null}
                {record.overdue ? (
                  <Chip
                    size="small"
                    color="error"
                    label={translate('berdaya.dashboard.cases.overdue')}
                  />
                ) : null}
              </Stack>
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
};
