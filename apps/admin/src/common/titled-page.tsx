import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title } from 'react-admin';

/** A page of the panel's own: its title in the app bar and as its heading, its content on a card. */
export const TitledPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <>
    <Title title={title} />
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </>
);
