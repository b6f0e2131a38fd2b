import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** The answer of GET /notifications/unread-count. */
export const unreadCountSchema = documented(
  'UnreadCount',
  z.object({ count: z.number().int().min(0) }),
);
export type UnreadCount = z.infer<typeof unreadCountSchema>;
