import { addDays, calendarDayIn } from './calendar-day';
import { localTimeToInstant } from './local-time';

describe('localTimeToInstant', () => {
  it.each([
    ['2026-11-22', '08:00', 'Asia/Jakarta', '2026-11-22T01:00:00.000Z'],
    ['2026-11-22', '08:00', 'Asia/Makassar', '2026-11-22T00:00:00.000Z'],
    ['2026-11-22', '08:00', 'Asia/Jayapura', '2026-11-21T23:00:00.000Z'],
    // Early local hours fall on the previous UTC day, across month and year ends.
    ['2027-01-01', '00:00', 'Asia/Jakarta', '2026-12-31T17:00:00.000Z'],
    ['2026-03-01', '05:30', 'Asia/Jayapura', '2026-02-28T20:30:00.000Z'],
    ['2028-02-29', '08:00', 'Asia/Makassar', '2028-02-29T00:00:00.000Z'],
    ['2026-12-31', '23:59', 'Asia/Jayapura', '2026-12-31T14:59:00.000Z'],
    ['2026-11-22', '08:00', 'UTC', '2026-11-22T08:00:00.000Z'],
    // Written for any zone, not only Indonesia's: either side of a DST change,
    ['2026-01-15', '08:00', 'America/New_York', '2026-01-15T13:00:00.000Z'],
    ['2026-07-15', '08:00', 'America/New_York', '2026-07-15T12:00:00.000Z'],
    // a time the spring change skips moves forward by the hour skipped,
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // and one the autumn change repeats takes one of its two instants (here the first).
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-03-29', '08:00', 'Europe/Berlin', '2026-03-29T06:00:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, expected) => {
    expect(localTimeToInstant(day, time, zone).toISOString()).toBe(expected);
  });

  const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
  const days = Array.from({ length: 40 }, (_, i) => addDays('2026-12-10', i * 3));
  it.each(zones.flatMap((zone) => ['00:00', '08:00', '23:59'].map((time) => [zone, time])))(
    'in %s, %s on every day sampled falls on that day there',
    (zone, time) => {
      for (const day of days) {
        expect(calendarDayIn(zone, localTimeToInstant(day, time, zone))).toBe(day);
      }
    },
  );

  it.each(['8:00', '24:00', '08:60', '08:00:00', ''])('refuses %p as a time', (time) => {
    expect(() => localTimeToInstant('2026-11-22', time, 'Asia/Jakarta')).toThrow(/time of day/);
  });

  it('refuses a day that is not a calendar day', () => {
    expect(() => localTimeToInstant('2026-02-30', '08:00', 'Asia/Jakarta')).toThrow(/calendar day/);
  });

  it('refuses an unknown time zone', () => {
    expect(() => localTimeToInstant('2026-11-22', '08:00', 'Asia/Atlantis')).toThrow(RangeError);
  });
});
