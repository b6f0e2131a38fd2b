import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { UserLocaleOnSignIn } from '../i18n/user-locale';
import { AppBar } from './app-bar';

// On a phone react-admin's sidebar becomes a drawer the app bar's menu button opens, and closes
// once a page is picked.
export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppBar}>
    <UserLocaleOnSignIn />
    {children}
  </Layout>
);
