import { NOTIFICATION_KINDS, type NotificationEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const moment = z.string().meta({ format: 'date-time' });

/** A notification in the caller's inbox, as the api answers it. */
export const notificationRecordSchema = documented(
  'Notification',
  z.object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    caseId: z.uuid().nullable(),
    payload: z.record(z.string(), z.unknown()),
    read: z.boolean(),
    readAt: moment.nullable(),
    createdAt: moment,
  }),
);
export type NotificationRecord = z.infer<typeof notificationRecordSchema>;

export function toNotificationRecord(notification: NotificationEntity): NotificationRecord {
  return {
    id: notification.id,
    kind: notification.kind,
    caseId: notification.caseId,
    payload: notification.payload,
    read: notification.readAt !== null,
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
  };
}
