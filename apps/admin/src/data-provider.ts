import simpleRestProvider from 'ra-data-simple-rest';
import { apiUrl } from './api-url';
import { fetchWithToken } from './common/signed-in-fetch';

export const dataProvider = simpleRestProvider(apiUrl, fetchWithToken);
