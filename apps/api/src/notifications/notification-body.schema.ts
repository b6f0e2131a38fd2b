import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

// Read-only fields react-admin sends back with an update: accepted, never applied.
const readOnly = z.unknown().optional();

/** The body of PUT /notifications/:id: marks it read or unread; nothing else changes. */
export const notificationChangesSchema = documented(
  'NotificationChanges',
  z.strictObject({
    id: readOnly,
    kind: readOnly,
    caseId: readOnly,
    payload: readOnly,
    readAt: readOnly,
    createdAt: readOnly,
    read: z.boolean({ error: 'must be true or false' }),
  }),
);
export type NotificationChanges = z.output<typeof notificationChangesSchema>;
