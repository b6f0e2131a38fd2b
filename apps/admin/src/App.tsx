import type { Role } from '@berdaya/empowerment';
import { QueryClient } from '@tanstack/react-query';
import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth-provider';
import { readAuth } from './auth-storage';
import { Dashboard } from './dashboard/dashboard';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/app-layout';
import { LoginPage } from './login/login-page';
import { RESOURCES } from './resources';
import { darkTheme, lightTheme } from './theme';

// A page's first read waits for react-admin's checkAuth query, which costs it one more render.
// Its answer is local (are tokens stored?), so it is given up front; react-admin still asks again
// as the page mounts, and signs out if the answer has changed.
const queryClient = new QueryClient();
if (readAuth()) queryClient.setQueryData(['auth', 'checkAuth', {}], true);

export const App = () => (
  <Admin
    title="Berdaya"
    authProvider={authProvider}
    queryClient={queryClient}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={AppLayout}
    theme={lightTheme}
    darkTheme={darkTheme}
    disableTelemetry
  >
    {(role: Role | undefined) =>
      RESOURCES.filter(
        (resource) => !resource.roles || (role && resource.roles.includes(role)),
      ).map(({ roles: _roles, ...resource }) => <Resource key={resource.name} {...resource} />)
    }
  </Admin>
);
