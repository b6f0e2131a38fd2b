import { useCallback } from 'react';
import { fetchUtils, useAuthProvider } from 'react-admin';
import { apiUrl } from '../api-url';
import { bearer, readAuth } from '../auth-storage';

const send = (path: string, options: fetchUtils.Options) => {
  const auth = readAuth();
  return fetchUtils.fetchJson(
    `${apiUrl}${path}`,
    auth ? { ...options, user: bearer(auth.accessToken) } : options,
  );
};

const isUnauthorized = (error: unknown) =>
  typeof error === 'object' && error !== null && 'status' in error && error.status === 401;

/**
 * Calls an API route that is not a simple-rest record route (an import, a publish), with the
 * signed-in user's token; an expired token is refreshed by the auth provider and the call sent
 * once more. Rejects with react-admin's HttpError, whose `body` holds the API's answer.
 */
export function useApiRequest() {
  const authProvider = useAuthProvider();
  return useCallback(
    async (path: string, options: fetchUtils.Options = {}): Promise<unknown> => {
      try {
        return (await send(path, options)).json;
      } catch (error) {
        if (!isUnauthorized(error) || !authProvider) throw error;
        // Rejects when the session cannot be renewed; react-admin then signs the user out.
        await authProvider.checkError(error);
        return (await send(path, options)).json;
      }
    },
    [authProvider],
  );
}
