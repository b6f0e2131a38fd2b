import { useQueryClient } from '@tanstack/react-query';
import { useUpdate } from 'react-admin';
import type { AppNotification } from './notification';
import { UNREAD_COUNT_KEY } from './unread-count';

/** Marks a notification read or unread, and has the bell count again. */
export const useMarkRead = () => {
  const [update] = useUpdate<AppNotification>();
  const queryClient = useQueryClient();
  return (notification: AppNotification, read = true) =>
    update(
      'notifications',
      { id: notification.id, data: { read }, previousData: notification },
      {
        mutationMode: 'pessimistic',
        onSettled: () => void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY }),
      },
    );
};
