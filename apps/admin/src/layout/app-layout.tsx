import { type ReactNode, useEffect } from 'react';
import { Layout } from 'react-admin';
import { UserLocaleOnSignIn } from '../i18n/user-locale';
import { preloadListPagesWhenIdle } from '../page-preload';
import { RESOURCES } from '../resources';
import { AppBar } from './app-bar';

// On a phone react-admin's sidebar becomes a drawer the app bar's menu button opens, and closes
// once a page is picked. The layout shows only to a signed-in user, who will open other pages.
export const AppLayout = ({ children }: { children: ReactNode }) => {
  useEffect(() => preloadListPagesWhenIdle(RESOURCES), []);
  return (
    <Layout appBar={AppBar}>
      <UserLocaleOnSignIn />
      {children}
    </Layout>
  );
};
