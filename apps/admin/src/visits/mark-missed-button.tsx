import { Button } from '@mui/material';
import { useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import type { Visit } from './visit';

/** Records that a planned visit did not take place. */
export const MarkMissedButton = ({ visit, onDone }: { visit: Visit; onDone?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<Visit>();
  return (
    <Button
      size="small"
      color="inherit"
      disabled={isPending}
      onClick={() =>
        void update(
          'visits',
          { id: visit.id, data: { status: 'missed' }, previousData: visit },
          {
            mutationMode: 'pessimistic',
            onSuccess: () => {
              notify('berdaya.visits.marked_missed', { type: 'info' });
              onDone?.();
            },
            onError: (error) => {
              notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
                type: 'error',
              });
              refresh();
            },
          },
        )
      }
    >
      {translate('berdaya.visits.mark_missed')}
    </Button>
  );
};
