/** Injection token of the AppConfig an app booted with, for Nest providers that need it. */
export const APP_CONFIG = 'APP_CONFIG';
