import { defineMessages } from '../i18n/define-messages';

export const programsMessages = defineMessages(
  { resources: { programs: { name: 'Program |||| Programs' } } },
  { resources: { programs: { name: 'Program' } } },
);
