import { defineMessages } from '../i18n/define-messages';

export const casePageMessages = defineMessages(
  { berdaya: { case_page: { history: 'History' } } },
  { berdaya: { case_page: { history: 'Riwayat' } } },
);
