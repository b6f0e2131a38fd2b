import { useLocaleState } from 'react-admin';

const LANGUAGE_TAGS: Record<string, string> = { en: 'en-GB', id: 'id-ID' };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates as the panel's language writes them. An instant is shown in the program's timezone (where
 * the work happens, whatever the reader's clock says); a calendar day (`2026-11-22`) is a day
 * everywhere, so it is formatted in UTC to never shift.
 */
export const useDateText = () => {
  const [locale] = useLocaleState();
  const tag = LANGUAGE_TAGS[locale] ?? 'en-GB';
  return {
    moment: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(iso),
      ),
    /** The day of an instant, in `timeZone` (a program's), or the browser's when not given. */
    dayOf: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone }).format(new Date(iso)),
    day: (day: string, dateStyle: 'medium' | 'full' = 'medium') =>
      new Intl.DateTimeFormat(tag, { dateStyle, timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
  };
};

/** Formats a date the api answers, a calendar day or an instant, as its day; '' for none. */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { day, dayOf } = useDateText();
  return (value) => {
    if (!value) return '';
    return DATE_ONLY.test(value) ? day(value) : dayOf(value);
  };
}
