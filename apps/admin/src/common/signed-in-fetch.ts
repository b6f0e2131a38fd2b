import { fetchUtils, HttpError } from 'react-admin';
import { apiUrl } from '../api-url';
import { authProvider } from '../auth-provider';
import { bearer, readAuth } from '../auth-storage';

/**
 * react-admin's fetchJson with the signed-in user's token, read per request: the auth provider
 * replaces the token when it refreshes it.
 */
export const fetchWithToken = (url: string, options: fetchUtils.Options = {}) => {
  const auth = readAuth();
  return fetchUtils.fetchJson(url, auth ? { ...options, user: bearer(auth.accessToken) } : options);
};

const isUnauthorized = (error: unknown) =>
  error instanceof HttpError ? error.status === 401 : false;

/**
 * A call to one of the api's routes outside react-admin's simple REST (a move, an upload, an
 * import, the unread count), with the signed-in user's token. An expired token is refreshed once
 * through the auth provider, as react-admin does for its own reads; rejects with react-admin's
 * HttpError, whose `body` holds the api's answer.
 */
export async function signedInFetch(path: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchWithToken(`${apiUrl}${path}`, options);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    // checkError refreshes the tokens, or rejects when the user has to sign in again.
    await authProvider.checkError(error);
    return fetchWithToken(`${apiUrl}${path}`, options);
  }
}
