import { defineMessages } from '../i18n/define-messages';

export const casesMessages = defineMessages(
  { resources: { cases: { name: 'Case |||| Cases' } } },
  { resources: { cases: { name: 'Kasus' } } },
);
