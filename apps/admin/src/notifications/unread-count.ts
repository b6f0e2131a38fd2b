import { useQuery } from '@tanstack/react-query';
import { signedInFetch } from '../common/signed-in-fetch';

export const UNREAD_COUNT_KEY = ['notifications', 'unread-count'] as const;

const isCount = (value: unknown): value is { count: number } =>
  typeof value === 'object' &&
  value !== null &&
  'count' in value &&
  typeof value.count === 'number';

/**
 * The signed-in user's unread count, asked every 45 s and whenever the window regains focus (the
 * worker writes notifications on its own schedule; there is no push channel).
 */
export const useUnreadCount = () =>
  useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async () => {
      const answer: unknown = (await signedInFetch('/notifications/unread-count')).json;
      return isCount(answer) ? answer.count : 0;
    },
    refetchInterval: 45_000,
    refetchOnWindowFocus: true,
  });
