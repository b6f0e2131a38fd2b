import { planVisitChange, type VisitChangeOutcome } from './visit-change.rule';

type Visit = Parameters<typeof planVisitChange>[0];

const TODAY = '2026-11-22';
const scheduled: Visit = {
  status: 'scheduled',
  doneOn: null,
  participants: null,
  womenParticipants: null,
  plannedOn: '2026-11-20',
};
const done = (changes: Partial<Visit> = {}): Visit => ({
  ...scheduled,
  status: 'done',
  doneOn: TODAY,
  participants: 10,
  womenParticipants: 4,
  ...changes,
});

describe('planVisitChange', () => {
  it.each<[string, Visit, Visit, VisitChangeOutcome]>([
    ['logging a visit done', scheduled, done(), { kind: 'apply', event: 'visitLogged' }],
    [
      'logging a visit missed',
      scheduled,
      { ...scheduled, status: 'missed' },
      { kind: 'apply', event: 'visitMissed' },
    ],
    [
      'changing a visit done, keeping it done',
      done(),
      done({ participants: 12 }),
      { kind: 'apply' },
    ],
    [
      'turning a visit done into a missed one',
      done(),
      { ...done(), status: 'missed', doneOn: null },
      { kind: 'conflict', status: 'done', message: 'the visit is done already' },
    ],
    [
      'a visit done without its day',
      scheduled,
      done({ doneOn: null }),
      {
        kind: 'invalid',
        problems: [
          {
            field: 'doneOn',
            code: 'done_on_required',
            message: 'is required to log the visit done',
          },
        ],
      },
    ],
    [
      'a day done on a visit not done',
      scheduled,
      { ...scheduled, doneOn: TODAY },
      {
        kind: 'invalid',
        problems: [
          {
            field: 'doneOn',
            code: 'done_on_only_when_done',
            message: 'is only set on a visit logged done',
          },
        ],
      },
    ],
    [
      'a visit done tomorrow',
      scheduled,
      done({ doneOn: '2026-11-23' }),
      {
        kind: 'invalid',
        problems: [
          {
            field: 'doneOn',
            code: 'done_on_after_today',
            params: { today: TODAY },
            message: `must not be after today (${TODAY})`,
          },
        ],
      },
    ],
    [
      'more women than participants',
      scheduled,
      done({ womenParticipants: 11 }),
      {
        kind: 'invalid',
        problems: [
          {
            field: 'womenParticipants',
            code: 'women_exceed_participants',
            message: 'must not exceed participants: the women are counted among them',
          },
        ],
      },
    ],
  ])('%s', (_name, before, after, outcome) => {
    expect(planVisitChange(before, after, TODAY)).toEqual(outcome);
  });
});
