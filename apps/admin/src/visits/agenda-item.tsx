import { canWrite, type Role } from '@berdaya/empowerment';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, usePermissions, useTranslate } from 'react-admin';
import { MarkMissedButton } from './mark-missed-button';
import type { Visit } from './visit';

export interface AgendaEntry {
  visit: Visit;
  caseName?: string;
  village?: string;
  overdue: boolean;
}

/** One visit of the agenda: whom, why, and the two taps that record what happened. */
export const AgendaItem = ({ entry }: { entry: AgendaEntry }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions: role } = usePermissions<Role | undefined>();
  const { visit, caseName, village, overdue } = entry;
  const open = visit.status === 'scheduled';
  return (
    <Box
      component="li"
      sx={{
        listStyle: 'none',
        py: 1.5,
        px: { xs: 1.5, sm: 2 },
        borderLeft: 4,
        borderColor: overdue ? 'error.main' : 'transparent',
        borderBottom: 1,
        borderBottomColor: 'divider',
      }}
    >
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 'medium' }}>
          <Link to={`/cases/${visit.caseId}/show`}>{caseName ?? '…'}</Link>
        </Typography>
        {overdue ? (
          <Chip size="small" color="error" label={translate('berdaya.visits.overdue')} />
        ) : null}
        {!open ? (
          <Chip size="small" label={translate(`berdaya.visits.status.${visit.status}`)} />
        ) : null}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[village, translate(`berdaya.visits.purpose.${visit.purpose}`)]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {open && role && canWrite(role) ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            component={Link}
            to={createPath({ resource: 'visits', id: visit.id, type: 'edit' })}
            variant="contained"
            size="small"
            aria-label={`${translate('berdaya.visits.log')}: ${caseName ?? ''}`}
          >
            {translate('berdaya.visits.log')}
          </Button>
          <MarkMissedButton visit={visit} />
        </Stack>
      ) : null}
    </Box>
  );
};
