import { calendarDayIn } from './calendar-day';
import { nextVisitDue, visitStatus, type VisitStatus } from './visit-schedule.rule';

describe('nextVisitDue', () => {
  it.each<[string, { stageEnteredOn: string; lastVisitOn?: string; cadenceDays: number }, string]>([
    [
      'one cadence after entering the stage',
      { stageEnteredOn: '2026-11-01', cadenceDays: 7 },
      '2026-11-08',
    ],
    [
      'one cadence after the last visit',
      { stageEnteredOn: '2026-11-01', lastVisitOn: '2026-11-10', cadenceDays: 7 },
      '2026-11-17',
    ],
    [
      'a visit before the stage began does not count',
      { stageEnteredOn: '2026-11-10', lastVisitOn: '2026-11-05', cadenceDays: 14 },
      '2026-11-24',
    ],
    [
      'a visit on the day the stage began counts',
      { stageEnteredOn: '2026-11-10', lastVisitOn: '2026-11-10', cadenceDays: 14 },
      '2026-11-24',
    ],
    ['across a month end', { stageEnteredOn: '2026-01-25', cadenceDays: 7 }, '2026-02-01'],
    ['across a leap day', { stageEnteredOn: '2028-02-27', cadenceDays: 3 }, '2028-03-01'],
    ['across a year end', { stageEnteredOn: '2026-12-29', cadenceDays: 14 }, '2027-01-12'],
  ])('falls %s', (_name, input, expected) => {
    expect(nextVisitDue(input)).toBe(expected);
  });

  it.each([0, -7, 1.5, Number.NaN])('refuses a cadence of %p days', (cadenceDays) => {
    expect(() => nextVisitDue({ stageEnteredOn: '2026-11-01', cadenceDays })).toThrow(
      /cadenceDays/,
    );
  });

  it.each(['2026-02-30', '22/11/2026', '2026-11-1', ''])('refuses %p as a day', (day) => {
    expect(() => nextVisitDue({ stageEnteredOn: day, cadenceDays: 7 })).toThrow(/calendar day/);
  });
});

describe('visitStatus', () => {
  it.each<[string, string, number, VisitStatus]>([
    ['2026-11-22', '2026-11-21', 3, 'upcoming'],
    ['2026-11-22', '2026-11-22', 3, 'due'],
    ['2026-11-22', '2026-11-25', 3, 'due'],
    ['2026-11-22', '2026-11-26', 3, 'overdue'],
    ['2026-11-22', '2026-11-23', 0, 'overdue'],
    ['2026-11-22', '2026-11-22', 0, 'due'],
    ['2026-12-30', '2027-01-03', 3, 'overdue'],
  ])('a visit due %s is, on %s with %i grace days, %s', (due, today, grace, expected) => {
    expect(visitStatus(due, today, grace)).toBe(expected);
  });

  it.each([-1, 0.5])('refuses %p grace days', (grace) => {
    expect(() => visitStatus('2026-11-22', '2026-11-22', grace)).toThrow(/graceDays/);
  });
});

describe('calendarDayIn', () => {
  // 16:30 UTC is 23:30 in Jakarta (UTC+7), already the next day in Makassar (UTC+8) and Jayapura (UTC+9).
  it.each([
    ['Asia/Jakarta', '2026-11-22'],
    ['Asia/Makassar', '2026-11-23'],
    ['Asia/Jayapura', '2026-11-23'],
  ])('%s', (zone, day) => {
    expect(calendarDayIn(zone, new Date('2026-11-22T16:30:00Z'))).toBe(day);
  });
});
