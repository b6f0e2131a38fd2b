import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';
import { apiUrl } from './api-url';
import { bearer, readAuth } from './auth-storage';

// Read per request: the auth provider replaces the token when it refreshes it.
const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const auth = readAuth();
  return fetchUtils.fetchJson(url, auth ? { ...options, user: bearer(auth.accessToken) } : options);
};

export const dataProvider = simpleRestProvider(apiUrl, httpClient);
