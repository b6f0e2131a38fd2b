import type { LocalizedText } from '@berdaya/workflow';
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

// A calendar day ('2026-03-01') is no instant: read and shown at UTC it is the same day everywhere.
const DAY_ZONE = 'UTC';

export interface LocaleFormat {
  locale: string;
  number(value: number, maximumFractionDigits?: number): string;
  percent(share: number): string;
  /** A calendar day as the API gives it (`2026-03-01`). */
  day(isoDay: string): string;
  /** An instant, in the given time zone (the program's) or the browser's. */
  instant(iso: string, timeZone?: string): string;
  /** A short date for chart axes. */
  shortDay(iso: string, timeZone?: string): string;
  text(label: LocalizedText | null | undefined, fallback: string): string;
}

/** Numbers and dates in the language the user picked, so a switch reformats them at once. */
export const useLocaleFormat = (): LocaleFormat => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const numbers = new Map<number, Intl.NumberFormat>();
    const numberFormat = (digits: number) => {
      let format = numbers.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        numbers.set(digits, format);
      }
      return format;
    };
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: DAY_ZONE });
    return {
      locale,
      number: (value, digits = 1) => numberFormat(digits).format(value),
      percent: (share) => percent.format(share),
      day: (isoDay) => day.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
      instant: (iso, timeZone) =>
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(iso)),
      shortDay: (iso, timeZone) =>
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(
          new Date(iso),
        ),
      text: (label, fallback) => (label ? (locale === 'id' ? label.id : label.en) : fallback),
    };
  }, [locale]);
};
