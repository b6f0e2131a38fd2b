import { Admin, Authenticated, CustomRoutes } from 'react-admin';
import { Route } from 'react-router';
import { authProvider } from './auth-provider';
import { Dashboard } from './dashboard/dashboard';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { LoginPage } from './login/login-page';

export const App = () => (
  <Admin
    title="Berdaya"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    disableTelemetry
  >
    {/* An admin with neither resources nor custom routes gets react-admin's welcome screen instead
        of its dashboard, so the dashboard is a route until the first resource is registered.
        `requireAuth` on <Admin> with only this route redirects to the login page in a loop, so the
        route guards itself. */}
    <CustomRoutes>
      <Route
        path="/"
        element={
          <Authenticated>
            <Dashboard />
          </Authenticated>
        }
      />
    </CustomRoutes>
  </Admin>
);
