import { defineMessages } from '../i18n/define-messages';

export const notificationsMessages = defineMessages(
  { resources: { notifications: { name: 'Notification |||| Notifications' } } },
  { resources: { notifications: { name: 'Notifikasi' } } },
);
