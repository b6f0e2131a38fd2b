import { defineMessages } from '../i18n/define-messages';

export const usersMessages = defineMessages(
  { resources: { users: { name: 'User |||| Users' } } },
  { resources: { users: { name: 'Pengguna' } } },
);
