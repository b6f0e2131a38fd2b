import { type AuthProvider, fetchUtils } from 'react-admin';
import { apiUrl } from './api-url';
import { bearer, clearAuth, isAuthTokens, isStoredAuth, readAuth, writeAuth } from './auth-storage';
import { localizedApiError } from './common/localized-api-error';
import { i18nProvider } from './i18n/i18n-provider';
import { rememberSignInLocale } from './i18n/user-locale';

interface Credentials {
  email: string;
  password: string;
}

// What a reverse proxy (or Vite's dev proxy) answers when the API behind it is down.
const gatewayStatuses = new Set([502, 503, 504]);

/** Resolves to the parsed answer; rejects with react-admin's HttpError, in the user's language. */
const post = async (
  path: string,
  body: object,
  options: fetchUtils.Options = {},
): Promise<unknown> => {
  try {
    const answer = await fetchUtils.fetchJson(`${apiUrl}${path}`, {
      ...options,
      method: 'POST',
      body: JSON.stringify(body),
    });
    return answer.json;
  } catch (error) {
    throw localizedApiError(error, i18nProvider.translate);
  }
};

// Read structurally: react-admin's HttpError, or any error a data provider rejects with, carries it.
const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number'
    ? error.status
    : undefined;

/** A translation key or the API's own message; react-admin's login form shows either. */
const signInErrorMessage = (error: unknown): string => {
  const status = statusOf(error);
  if (status === undefined) {
    // fetch rejects with a TypeError only when no answer came back at all.
    return error instanceof TypeError ? 'berdaya.auth.server_unreachable' : 'ra.auth.sign_in_error';
  }
  if (gatewayStatuses.has(status)) return 'berdaya.auth.server_unreachable';
  return error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
};

const requestNewTokens = async (): Promise<boolean> => {
  const auth = readAuth();
  if (!auth) return false;
  try {
    const answer = await post('/auth/refresh', { refreshToken: auth.refreshToken });
    if (!isAuthTokens(answer)) return false;
    writeAuth({ ...auth, accessToken: answer.accessToken, refreshToken: answer.refreshToken });
    return true;
  } catch {
    return false;
  }
};

let refreshing: Promise<boolean> | undefined;

// Requests failing together share one refresh, so a rotated refresh token is never sent twice.
const refreshTokens = (): Promise<boolean> => {
  refreshing ??= requestNewTokens().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
};

export const authProvider: AuthProvider = {
  login: async ({ email, password }: Credentials) => {
    let answer: unknown;
    try {
      answer = await post('/auth/login', { email, password });
    } catch (error) {
      throw new Error(signInErrorMessage(error));
    }
    if (!isStoredAuth(answer)) throw new Error('ra.auth.sign_in_error');
    writeAuth(answer);
    rememberSignInLocale(answer.user.locale);
  },

  logout: async () => {
    const auth = readAuth();
    clearAuth();
    if (!auth) return;
    try {
      await post(
        '/auth/logout',
        { refreshToken: auth.refreshToken },
        { user: bearer(auth.accessToken), signal: AbortSignal.timeout(5000) },
      );
    } catch {
      // Signing out must also work while the API is unreachable; the tokens are gone from here.
    }
  },

  checkAuth: () =>
    readAuth() ? Promise.resolve() : Promise.reject(new Error('ra.auth.auth_check_error')),

  // react-query retries failed reads, so after a successful refresh the retry carries the new token.
  checkError: async (error: unknown) => {
    if (statusOf(error) !== 401) return;
    if (await refreshTokens()) return;
    throw new Error('ra.notification.logged_out');
  },

  getIdentity: () => {
    const auth = readAuth();
    return auth
      ? Promise.resolve({ ...auth.user })
      : Promise.reject(new Error('ra.auth.auth_check_error'));
  },

  getPermissions: () => Promise.resolve(readAuth()?.user.role),
};
