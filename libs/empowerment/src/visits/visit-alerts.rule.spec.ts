import { addDays, calendarDayIn } from './calendar-day';
import { visitOverdueAlertAt, visitReminderAt } from './visit-alerts.rule';
import { visitStatus } from './visit-schedule.rule';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
type Zone = (typeof ZONES)[number];

// Written out independently of localTimeToInstant: WIB, WITA and WIT, none with DST.
const UTC_OFFSET_HOURS: Record<Zone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};
const HOUR_MS = 3_600_000;

function localHour(zone: Zone, instant: Date): number {
  return (instant.getUTCHours() + UTC_OFFSET_HOURS[zone]) % 24;
}

describe('visitReminderAt', () => {
  it.each<[string, number, Zone, string]>([
    ['2026-11-22', 2, 'Asia/Jakarta', '2026-11-20T01:00:00.000Z'],
    ['2026-11-22', 2, 'Asia/Makassar', '2026-11-20T00:00:00.000Z'],
    ['2026-11-22', 2, 'Asia/Jayapura', '2026-11-19T23:00:00.000Z'],
    ['2026-11-22', 0, 'Asia/Jakarta', '2026-11-22T01:00:00.000Z'],
    ['2026-11-22', 0, 'Asia/Jayapura', '2026-11-21T23:00:00.000Z'],
    ['2026-03-01', 2, 'Asia/Makassar', '2026-02-27T00:00:00.000Z'],
    ['2028-03-01', 1, 'Asia/Jakarta', '2028-02-29T01:00:00.000Z'],
    ['2027-01-01', 2, 'Asia/Jakarta', '2026-12-30T01:00:00.000Z'],
    ['2027-01-02', 1, 'Asia/Jayapura', '2026-12-31T23:00:00.000Z'],
    ['2027-01-01', 0, 'Asia/Makassar', '2027-01-01T00:00:00.000Z'],
  ])('a visit due %s, %i days ahead, in %s: %s', (due, leadDays, zone, expected) => {
    expect(visitReminderAt({ nextVisitDue: due, leadDays, timeZone: zone }).toISOString()).toBe(
      expected,
    );
  });

  it.each(ZONES)('in %s, lands at 08:00 local, leadDays before the due day', (zone) => {
    for (const leadDays of [0, 1, 2, 7, 30]) {
      const at = visitReminderAt({ nextVisitDue: '2027-01-03', leadDays, timeZone: zone });
      expect(calendarDayIn(zone, at)).toBe(addDays('2027-01-03', -leadDays));
      expect(localHour(zone, at)).toBe(8);
      expect(at.getUTCMinutes()).toBe(0);
    }
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p lead days', (leadDays) => {
    expect(() =>
      visitReminderAt({ nextVisitDue: '2026-11-22', leadDays, timeZone: 'Asia/Jakarta' }),
    ).toThrow(/leadDays/);
  });
});

describe('visitOverdueAlertAt', () => {
  it.each<[string, number, Zone, string]>([
    ['2026-11-22', 3, 'Asia/Jakarta', '2026-11-26T01:00:00.000Z'],
    ['2026-11-22', 3, 'Asia/Makassar', '2026-11-26T00:00:00.000Z'],
    ['2026-11-22', 3, 'Asia/Jayapura', '2026-11-25T23:00:00.000Z'],
    ['2026-11-22', 0, 'Asia/Jakarta', '2026-11-23T01:00:00.000Z'],
    ['2026-02-27', 1, 'Asia/Makassar', '2026-03-01T00:00:00.000Z'],
    ['2028-02-27', 1, 'Asia/Makassar', '2028-02-29T00:00:00.000Z'],
    ['2026-12-30', 3, 'Asia/Jakarta', '2027-01-03T01:00:00.000Z'],
    ['2026-12-31', 0, 'Asia/Jayapura', '2026-12-31T23:00:00.000Z'],
  ])('a visit due %s, with %i grace days, in %s: %s', (due, graceDays, zone, expected) => {
    expect(
      visitOverdueAlertAt({ nextVisitDue: due, graceDays, timeZone: zone }).toISOString(),
    ).toBe(expected);
  });

  it.each([-1, 0.5])('refuses %p grace days as visitStatus does', (graceDays) => {
    expect(() =>
      visitOverdueAlertAt({ nextVisitDue: '2026-11-22', graceDays, timeZone: 'Asia/Jakarta' }),
    ).toThrow(/graceDays/);
  });

  // The alert must go out at the first 08:00 local that visitStatus, the one definition of
  // overdue, calls overdue on that day there. Sweep every hour from two days before the due day
  // to well past the grace days and check the alert instant splits them exactly there.
  const DUE_DAYS = [
    '2026-11-22',
    '2026-01-30',
    '2026-02-26',
    '2028-02-28',
    '2026-12-29',
    '2026-12-31',
  ];
  const GRACE_DAYS = [0, 1, 3, 7];
  it.each(
    ZONES.flatMap((zone) =>
      DUE_DAYS.flatMap((due) => GRACE_DAYS.map((g) => [zone, due, g] as const)),
    ),
  )(
    'in %s, a visit due %s with %i grace days alerts when visitStatus first says overdue at 08:00',
    (zone, due, graceDays) => {
      const alert = visitOverdueAlertAt({ nextVisitDue: due, graceDays, timeZone: zone });
      const start = Date.UTC(...ymd(addDays(due, -2))) - UTC_OFFSET_HOURS[zone] * HOUR_MS;
      const hours = (graceDays + 6) * 24;
      let firstOverdueAtEight: Date | undefined;
      const disagreements: string[] = [];
      for (let h = 0; h < hours; h++) {
        const now = new Date(start + h * HOUR_MS);
        const overdue = visitStatus(due, calendarDayIn(zone, now), graceDays) === 'overdue';
        if (!firstOverdueAtEight && overdue && localHour(zone, now) === 8) {
          firstOverdueAtEight = now;
        }
        const alerted = now.getTime() >= alert.getTime();
        if (alerted !== (firstOverdueAtEight !== undefined)) disagreements.push(now.toISOString());
      }
      expect(disagreements).toEqual([]);
      expect(alert).toEqual(firstOverdueAtEight);
    },
  );
});

function ymd(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m - 1, d];
}
