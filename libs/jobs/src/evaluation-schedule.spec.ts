import {
  evaluationScheduleChanged,
  evaluationScheduleOf,
  evaluationSchedulerId,
  type ProgramScheduleSettings,
} from './evaluation-schedule';

const monthly: ProgramScheduleSettings = {
  active: true,
  evaluationCron: '0 8 1 * *',
  timezone: 'Asia/Jakarta',
};

describe('evaluationScheduleOf', () => {
  it.each<[string, ProgramScheduleSettings | null, ReturnType<typeof evaluationScheduleOf>]>([
    ['an active program with a pattern', monthly, { pattern: '0 8 1 * *', tz: 'Asia/Jakarta' }],
    [
      'one in another zone',
      { ...monthly, timezone: 'Asia/Jayapura' },
      { pattern: '0 8 1 * *', tz: 'Asia/Jayapura' },
    ],
    ['an inactive program', { ...monthly, active: false }, null],
    ['a program without a pattern', { ...monthly, evaluationCron: null }, null],
    ['a program that is gone', null, null],
  ])('%s', (_, program, schedule) => {
    expect(evaluationScheduleOf(program)).toEqual(schedule);
  });
});

describe('evaluationScheduleChanged', () => {
  it.each<[string, ProgramScheduleSettings | null, ProgramScheduleSettings | null, boolean]>([
    ['created with a pattern', null, monthly, true],
    ['created without one', null, { ...monthly, evaluationCron: null }, false],
    ['created inactive', null, { ...monthly, active: false }, false],
    ['pattern changed', monthly, { ...monthly, evaluationCron: '0 8 1 */3 *' }, true],
    ['pattern cleared', monthly, { ...monthly, evaluationCron: null }, true],
    ['zone changed', monthly, { ...monthly, timezone: 'Asia/Makassar' }, true],
    ['deactivated', monthly, { ...monthly, active: false }, true],
    ['reactivated', { ...monthly, active: false }, monthly, true],
    ['nothing of the schedule changed', monthly, { ...monthly }, false],
    [
      'zone changed while there is no pattern',
      { ...monthly, evaluationCron: null },
      { ...monthly, evaluationCron: null, timezone: 'Asia/Makassar' },
      false,
    ],
    [
      'pattern changed while inactive',
      { ...monthly, active: false },
      { ...monthly, active: false, evaluationCron: '0 0 * * *' },
      false,
    ],
    ['deleted with a schedule', monthly, null, true],
    ['deleted without one', { ...monthly, evaluationCron: null }, null, false],
  ])('%s', (_, before, after, changed) => {
    expect(evaluationScheduleChanged(before, after)).toBe(changed);
  });
});

describe('evaluationSchedulerId', () => {
  it('is one stable id per program', () => {
    expect(evaluationSchedulerId('p1')).toBe('evaluations.run.p1');
  });
});
