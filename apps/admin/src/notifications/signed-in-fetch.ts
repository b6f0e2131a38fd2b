import { fetchUtils, HttpError } from 'react-admin';
import { apiUrl } from '../api-url';
import { authProvider } from '../auth-provider';
import { bearer, readAuth } from '../auth-storage';

const send = (path: string, options: fetchUtils.Options) => {
  const auth = readAuth();
  return fetchUtils.fetchJson(
    `${apiUrl}${path}`,
    auth ? { ...options, user: bearer(auth.accessToken) } : options,
  );
};

const isUnauthorized = (error: unknown) =>
  error instanceof HttpError ? error.status === 401 : false;

/**
 * A call to one of the api's routes outside react-admin's simple REST (a decision, the unread
 * count), with the signed-in user's token. An expired token is refreshed once through the auth
 * provider, as react-admin does for its own reads; rejects with react-admin's HttpError.
 */
export async function signedInFetch(path: string, options: fetchUtils.Options = {}) {
  try {
    return await send(path, options);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    // checkError refreshes the tokens, or rejects when the user has to sign in again.
    await authProvider.checkError(error);
    return send(path, options);
  }
}
