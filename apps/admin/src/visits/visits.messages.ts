import { defineMessages } from '../i18n/define-messages';

export const visitsMessages = defineMessages(
  { resources: { visits: { name: 'Visit |||| Visits' } } },
  { resources: { visits: { name: 'Kunjungan' } } },
);
