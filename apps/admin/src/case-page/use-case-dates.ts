import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/** The Intl locale for the panel's language: the browser's own variant of it when it has one. */
export function intlLocale(language: string): string {
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (browser?.toLowerCase().startsWith(`${language}-`)) return browser;
  return language === 'id' ? 'id-ID' : 'en-GB';
}

export interface CaseDates {
  /** An instant, in the program's timezone, with that zone named. */
  dateTime: (iso: string) => string;
  /** A calendar day as stored (`2026-11-25`): a date without a zone, shown as it is. */
  day: (day: string) => string;
}

/**
 * Dates in the user's language and the program's timezone: a facilitator travelling elsewhere
 * still reads the village's day and hour.
 */
export function useCaseDates(timeZone: string | undefined): CaseDates {
  const [language] = useLocaleState();
  return useMemo(() => {
    const locale = intlLocale(language);
    // dateStyle and timeStyle refuse timeZoneName, so the parts are spelled out.
    const instant = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      ...(timeZone && { timeZoneName: 'short' }),
    });
    const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      dateTime: (iso) => instant.format(new Date(iso)),
      day: (day) => calendar.format(new Date(`${day}T00:00:00Z`)),
    };
  }, [language, timeZone]);
}
