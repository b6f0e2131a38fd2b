import { useEffect } from 'react';
import { fetchUtils, useLocales, useLocaleState } from 'react-admin';
import { apiUrl } from '../api-url';
import { bearer, readAuth, writeAuth } from '../auth-storage';

// Set at sign-in, taken by the first page signed in: the user's language then wins over the one
// this browser last showed (the login page's, or another user's).
const signInLocaleKey = 'berdaya.signInLocale';

export const rememberSignInLocale = (locale: string): void => {
  sessionStorage.setItem(signInLocaleKey, locale);
};

/**
 * Keeps a language picked in the panel with the signed-in user (PUT /api/auth/me), so it follows
 * them to another device and into their e-mails. Not signed in (the login page), or already their
 * language: nothing to keep.
 */
export const saveUserLocale = async (locale: string): Promise<void> => {
  const auth = readAuth();
  if (!auth || auth.user.locale === locale) return;
  writeAuth({ ...auth, user: { ...auth.user, locale } });
  try {
    await fetchUtils.fetchJson(`${apiUrl}/auth/me`, {
      method: 'PUT',
      body: JSON.stringify({ locale }),
      user: bearer(auth.accessToken),
    });
  } catch {
    // Kept in this browser still; the next pick tries again.
  }
};

/** Switches the panel to the signed-in user's language once, right after they sign in. */
export const UserLocaleOnSignIn = () => {
  const [locale, setLocale] = useLocaleState();
  const locales = useLocales();
  useEffect(() => {
    const wanted = sessionStorage.getItem(signInLocaleKey);
    if (wanted === null) return;
    sessionStorage.removeItem(signInLocaleKey);
    if (wanted !== locale && locales.some((option) => option.locale === wanted)) setLocale(wanted);
  }, [locale, locales, setLocale]);
  return null;
};
