// Same origin everywhere: the API serves the built admin in production and Vite proxies it in development.
export const apiUrl = '/api';
