import { addDays } from './calendar-day';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Building a DateTimeFormat costs far more than formatting with one, and the worker asks for the
// same few program time zones over and over.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (+7 h in Jakarta). */
function offsetAt(timeZone: string, instantMs: number): number {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instantMs)) {
    part[type] = Number(value);
  }
  const wallClockAsUtc = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  // The formatter drops milliseconds, so compare whole seconds.
  return wallClockAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time on a calendar day happens in a time zone, e.g. 08:00 on
 * `2026-11-22` in `Asia/Makassar` is 00:00 UTC. The offset depends on the instant we are looking
 * for, so guess with the offset at the wall-clock time read as UTC, then correct with the offset
 * at the guess until the two agree. Indonesia has no DST; elsewhere, a time that a DST change
 * skips moves forward by the gap, and one it repeats resolves to one of its two instants.
 */
export function localTimeToInstant(day: string, time: string, timeZone: string): Date {
  const hhmm = HH_MM.exec(time);
  if (!hhmm) throw new RangeError(`"${time}" is not a time of day (HH:MM, 00:00 to 23:59)`);
  // addDays validates the day.
  const [year, month, date] = addDays(day, 0).split('-').map(Number);
  const wallClock = Date.UTC(year, month - 1, date, Number(hhmm[1]), Number(hhmm[2]));

  const guessOffset = offsetAt(timeZone, wallClock);
  const first = wallClock - guessOffset;
  const firstOffset = offsetAt(timeZone, first);
  if (firstOffset === guessOffset) return new Date(first);
  const second = wallClock - firstOffset;
  const secondOffset = offsetAt(timeZone, second);
  if (secondOffset === firstOffset) return new Date(second);
  // Neither offset reads back as this wall-clock time: it falls in a DST gap. The smaller offset
  // (the one before the gap) puts it after the gap, as clocks that skip ahead would.
  return new Date(wallClock - Math.min(firstOffset, secondOffset));
}
