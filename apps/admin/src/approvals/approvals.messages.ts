import { defineMessages } from '../i18n/define-messages';

export const transitionRequestsMessages = defineMessages(
  { resources: { 'transition-requests': { name: 'Approval |||| Approvals' } } },
  { resources: { 'transition-requests': { name: 'Persetujuan' } } },
);
