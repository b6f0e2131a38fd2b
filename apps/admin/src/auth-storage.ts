import { type fetchUtils, type Identifier } from 'react-admin';

export interface AuthUser {
  id: Identifier;
  email: string;
  fullName: string;
  role: string;
  locale: string;
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
}

export interface StoredAuth extends AuthTokens {
  user: AuthUser;
}

const storageKey = 'berdaya.auth';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const hasStrings = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  keys.every((key) => typeof value[key] === 'string');

const isAuthUser = (value: unknown): value is AuthUser =>
  isRecord(value) &&
  (typeof value.id === 'string' || typeof value.id === 'number') &&
  hasStrings(value, ['email', 'fullName', 'role', 'locale']);

export const isAuthTokens = (value: unknown): value is AuthTokens =>
  isRecord(value) && hasStrings(value, ['accessToken', 'refreshToken']);

export const isStoredAuth = (value: unknown): value is StoredAuth =>
  isRecord(value) && isAuthUser(value.user) && isAuthTokens(value);

/** The tokens and user of whoever is signed in on this browser, or undefined. */
export const readAuth = (): StoredAuth | undefined => {
  const raw = localStorage.getItem(storageKey);
  if (raw === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    // A value written by an older build or edited by hand counts as signed out.
    return isStoredAuth(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

export const writeAuth = (auth: StoredAuth): void => {
  localStorage.setItem(storageKey, JSON.stringify(auth));
};

export const clearAuth = (): void => {
  localStorage.removeItem(storageKey);
};

export const bearer = (accessToken: string): fetchUtils.Options['user'] => ({
  authenticated: true,
  token: `Bearer ${accessToken}`,
});
