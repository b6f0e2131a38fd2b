import { type MessageTree } from './define-messages';
import englishMessages from 'ra-language-english';

export const en = {
  ...englishMessages,
  berdaya: {
    tagline: 'Community empowerment case management',
    auth: {
      server_unreachable: 'Cannot reach the server. Check your connection and try again.',
    },
    locale: {
      label: 'Language',
    },
  },
};

export type Messages = MessageTree<typeof en>;
