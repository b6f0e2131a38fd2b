import { defineMessages } from '../i18n/define-messages';

export const regionsMessages = defineMessages(
  { resources: { regions: { name: 'Region |||| Regions' } } },
  { resources: { regions: { name: 'Wilayah' } } },
);
