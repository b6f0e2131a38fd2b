import type { Role } from '@berdaya/empowerment';
import { Box, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { FacilitatorDashboard } from './facilitator-dashboard';
import { ProgramDashboard } from './program-dashboard';
import { SupervisorDashboard } from './supervisor-dashboard';

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
        {identity && permissions ? <RoleDashboard role={permissions} userId={identity.id} /> : null}
      </Box>
    </Box>
  );
};
