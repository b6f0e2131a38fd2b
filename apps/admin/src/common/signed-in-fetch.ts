import { fetchUtils, HttpError } from 'react-admin';
import { apiUrl } from '../api-url';
import { authProvider } from '../auth-provider';
import { bearer, readAuth } from '../auth-storage';
import { i18nProvider } from '../i18n/i18n-provider';
import { localizedApiError } from './localized-api-error';

/**
 * react-admin's fetchJson with the signed-in user's token, read per request: the auth provider
 * replaces the token when it refreshes it. The api's errors come back in the user's language.
 */
export const fetchWithToken = async (url: string, options: fetchUtils.Options = {}) => {
  const auth = readAuth();
  try {
    return await fetchUtils.fetchJson(
      url,
      auth ? { ...options, user: bearer(auth.accessToken) } : options,
    );
  } catch (error) {
    throw localizedApiError(error, i18nProvider.translate);
  }
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

/** A file the api serves, and the name it gives it (`Content-Disposition`). */
export interface ApiFile {
  blob: Blob;
  fileName: string | undefined;
}

const fileWithToken = async (path: string): Promise<Response> => {
  const auth = readAuth();
  const response = await fetch(`${apiUrl}${path}`, {
    headers: auth ? { Authorization: `Bearer ${auth.accessToken}` } : {},
  });
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  throw localizedApiError(
    new HttpError(response.statusText || `HTTP ${response.status}`, response.status, body),
    i18nProvider.translate,
  );
};

/**
 * A file from the api (an export, an attachment), fetched with the signed-in user's token, as a
 * plain link could not send it; refreshed once like `signedInFetch`.
 */
export async function signedInFile(path: string): Promise<ApiFile> {
  let response: Response;
  try {
    response = await fileWithToken(path);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    await authProvider.checkError(error);
    response = await fileWithToken(path);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return {
    blob: await response.blob(),
    fileName: /filename="([^"]+)"/.exec(disposition)?.[1],
  };
}

/** Hands a file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
