import { Alert, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface DashboardCardProps {
  title: string;
  help?: string;
  /** A link or button beside the title. */
  action?: ReactNode;
  isPending: boolean;
  error: unknown;
  /** Shown instead of the children when there is nothing to list. */
  empty?: string;
  /** The number of rows shown and found, when the list is cut. */
  shown?: number;
  total?: number;
  children?: ReactNode;
}

/** One block of the dashboard, with its heading and its loading, error and empty states. */
export const DashboardCard = ({
  title,
  help,
  action,
  isPending,
  error,
  empty,
  shown,
  total,
  children,
}: DashboardCardProps) => {
  const translate = useTranslate();
  const content = () => {
    if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
    if (error)
      return <Alert severity="error">{translate('berdaya.dashboard.loading_error')}</Alert>;
    if (empty) return <Typography color="text.secondary">{empty}</Typography>;
    return children;
  };
  return (
    <Card component="section" aria-label={title} sx={{ minWidth: 0 }}>
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}
        >
          <Typography component="h2" variant="h6">
            {title}
          </Typography>
          {action}
        </Stack>
        {help ? (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {help}
          </Typography>
        ) : null}
        {content()}
        {!isPending && !error && total !== undefined && shown !== undefined && total > shown ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('berdaya.dashboard.shown_of_total', { shown, total })}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};
