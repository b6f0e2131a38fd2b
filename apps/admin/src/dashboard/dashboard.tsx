import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Typography component="h2" variant="h5" gutterBottom>
          {identity ? translate('berdaya.dashboard.welcome', { name: identity.fullName }) : null}
        </Typography>
        <Typography color="text.secondary">{translate('berdaya.tagline')}</Typography>
      </CardContent>
    </Card>
  );
};
