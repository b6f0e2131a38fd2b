import type { Role } from '@berdaya/empowerment';
import { Box, CircularProgress, Typography } from '@mui/material';
import { Suspense } from 'react';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { lazyPage } from '../lazy-page';

// Each user needs one of these, and they bring the shared rules and their schemas along: loaded
// on demand, they keep the first bundle to the shell.
const FacilitatorDashboard = lazyPage(() =>
  import('./facilitator-dashboard').then((module) => ({ default: module.FacilitatorDashboard })),
);
const SupervisorDashboard = lazyPage(() =>
  import('./supervisor-dashboard').then((module) => ({ default: module.SupervisorDashboard })),
);
const ProgramDashboard = lazyPage(() =>
  import('./program-dashboard').then((module) => ({ default: module.ProgramDashboard })),
);

/** Starts fetching the code of a role's dashboard, before React reaches it. */
export function preloadDashboard(role: string): Promise<unknown> | undefined {
  switch (role) {
    case 'facilitator':
      return FacilitatorDashboard.preload();
    case 'supervisor':
      return SupervisorDashboard.preload();
    case 'programManager':
    case 'admin':
    case 'viewer':
      return ProgramDashboard.preload();
    default:
      return undefined;
  }
}

/** What each role starts its day with; the viewer sees the program manager's figures, read only. */
const RoleDashboard = ({ role, userId }: { role: Role; userId: string | number }) => {
  switch (role) {
    case 'facilitator':
      return <FacilitatorDashboard userId={userId} />;
    case 'supervisor':
      return <SupervisorDashboard />;
    case 'programManager':
    case 'admin':
    case 'viewer':
      return <ProgramDashboard />;
  }
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role>();

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      <Typography component="h1" variant="h5" gutterBottom>
        {identity ? translate('berdaya.dashboard.welcome', { name: identity.fullName }) : null}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: {
            xs: '1fr',
            lg: permissions === 'facilitator' || permissions === 'supervisor' ? '1fr 1fr' : '1fr',
          },
          gap: 2,
          alignItems: 'start',
        }}
      >
        {identity && permissions ? (
          <Suspense
            fallback={<CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
          >
            <RoleDashboard role={permissions} userId={identity.id} />
          </Suspense>
        ) : null}
      </Box>
    </Box>
  );
};
