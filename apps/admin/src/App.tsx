import type { Role } from '@berdaya/empowerment';
import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth-provider';
import { Dashboard } from './dashboard/dashboard';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/app-layout';
import { LoginPage } from './login/login-page';
import { RESOURCES } from './resources';
import { darkTheme, lightTheme } from './theme';

export const App = () => (
  <Admin
    title="Berdaya"
    authProvider={authProvider}
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
