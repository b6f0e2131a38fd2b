/**
 * Calendar days as ISO strings (`2026-11-22`). Visit dates are days in the program's timezone, not
 * instants: the caller says which day "today" is there, and arithmetic stays in whole days.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

function toEpochDay(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!ISO_DAY.test(day) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`);
  }
  return ms / MS_PER_DAY;
}

export function addDays(day: string, days: number): string {
  return new Date((toEpochDay(day) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (it loads the zone's
// rules), and a case list formats a day per row: one formatter per timezone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day an instant falls on in a timezone (e.g. a program's `Asia/Makassar`). */
export function calendarDayIn(timeZone: string, instant: Date): string {
  return dayFormatIn(timeZone).format(instant);
}
