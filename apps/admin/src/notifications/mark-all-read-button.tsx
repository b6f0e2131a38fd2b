import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AppNotification } from './notification';
import { UNREAD_COUNT_KEY } from './unread-count';

// More than anyone reads at once; a larger backlog takes a second click.
const BATCH = 500;

/**
 * Marks every unread notification read. The api marks one at a time (PUT /notifications/:id), so
 * this reads the unread ids and updates them together.
 */
export const MarkAllReadButton = () => {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const markAll = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getList<AppNotification>('notifications', {
        filter: { read: false },
        pagination: { page: 1, perPage: BATCH },
        sort: { field: 'createdAt', order: 'DESC' },
      });
      if (data.length > 0) {
        await dataProvider.updateMany('notifications', {
          ids: data.map((notification) => notification.id),
          data: { read: true },
        });
      }
      notify('berdaya.notifications.all_marked_read', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
      refresh();
    }
  };

  return (
    <Button
      label="berdaya.notifications.mark_all_read"
      disabled={busy}
      onClick={() => void markAll()}
    >
      <DoneAllIcon />
    </Button>
  );
};
