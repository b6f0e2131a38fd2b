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
    dashboard: {
      welcome: 'Welcome, %{name}',
    },
  },
};

// Every key the English messages have, required and nothing else: a language that misses or
// misspells one fails to compile. Index signatures go, optional react-admin groups become required.
type MessageTree<T> = {
  [K in keyof T as string extends K ? never : K]-?: NonNullable<T[K]> extends string
    ? string
    : MessageTree<NonNullable<T[K]>>;
};

export type Messages = MessageTree<typeof en>;
