import { useLocaleState } from 'react-admin';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date the api answers in the user's language. A calendar day (`2026-03-01`) is already
 * a day in the program's timezone, so it is shown as that day, never shifted by the browser's zone.
 */
export function useFormatDate(): (value: string | null | undefined) => string {
  const [locale] = useLocaleState();
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  return (value) => {
    if (!value) return '';
    if (DATE_ONLY.test(value)) {
      return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${value}T00:00:00Z`),
      );
    }
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(value));
  };
}
