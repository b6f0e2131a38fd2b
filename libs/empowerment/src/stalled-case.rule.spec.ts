import { leafStages } from '@berdaya/workflow';
import { APPROACHES, type Approach } from './approach.types';
import { BUILT_IN_DEFINITIONS, DEFAULT_PROCESS_DEFINITION } from './definitions';
import { expectedDurationDays } from './stage-timing.rule';
import { isStalled, stalledSince, type StageClock } from './stalled-case.rule';
import { calendarDayIn, daysBetween } from './visits/calendar-day';

const HOUR_MS = 3_600_000;

function clock(stage: string, approach: Approach, stageEnteredAt: string): StageClock {
  return {
    definition: DEFAULT_PROCESS_DEFINITION,
    stage,
    approach,
    stageEnteredAt: new Date(stageEnteredAt),
  };
}

describe('stalledSince', () => {
  it.each<[string, StageClock, string, string | null]>([
    // Intake: 14 days with technical assistance, 21 with self-help (stage timing).
    [
      'intake, technical assistance, entered 10:00 WIB on 1 Nov',
      clock('intake', 'technicalAssistance', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-15T17:00:00.000Z', // 00:00 WIB on 16 Nov
    ],
    [
      'intake, self-help, entered 10:00 WIB on 1 Nov',
      clock('intake', 'selfHelp', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-22T17:00:00.000Z', // 00:00 WIB on 23 Nov
    ],
    // 16:30 UTC is still 1 Nov in Jakarta but already 2 Nov in Makassar and Jayapura.
    [
      'intake, technical assistance, entered 23:30 WIB on 1 Nov',
      clock('intake', 'technicalAssistance', '2026-11-01T16:30:00Z'),
      'Asia/Jakarta',
      '2026-11-15T17:00:00.000Z',
    ],
    [
      'intake, technical assistance, entered 00:30 WITA on 2 Nov',
      clock('intake', 'technicalAssistance', '2026-11-01T16:30:00Z'),
      'Asia/Makassar',
      '2026-11-16T16:00:00.000Z', // 00:00 WITA on 17 Nov
    ],
    [
      'intake, technical assistance, entered 01:30 WIT on 2 Nov',
      clock('intake', 'technicalAssistance', '2026-11-01T16:30:00Z'),
      'Asia/Jayapura',
      '2026-11-16T15:00:00.000Z', // 00:00 WIT on 17 Nov
    ],
    [
      'a nested stage by its dotted path, across a year end',
      clock('dialogue.preparingToWorkTogether', 'technicalAssistance', '2026-12-20T02:00:00Z'),
      'Asia/Jakarta',
      '2027-01-10T17:00:00.000Z', // 21 days: 00:00 WIB on 11 Jan
    ],
    [
      'a nested stage with self-help, across February of a leap year',
      clock('dialogue.buildingTrust', 'selfHelp', '2028-01-20T02:00:00Z'),
      'Asia/Makassar',
      '2028-03-05T16:00:00.000Z', // 45 days: 00:00 WITA on 6 Mar
    ],
    [
      'the final stage',
      clock('closed', 'technicalAssistance', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      null,
    ],
    ['a phase', clock('dialogue', 'selfHelp', '2026-11-01T03:00:00Z'), 'Asia/Jakarta', null],
    ['on hold', clock('onHold', 'selfHelp', '2026-11-01T03:00:00Z'), 'Asia/Jakarta', null],
    ['withdrawn', clock('withdrawn', 'selfHelp', '2026-11-01T03:00:00Z'), 'Asia/Jakarta', null],
  ])('%s, in %s: %s', (_name, input, zone, expected) => {
    expect(stalledSince(input, zone)?.toISOString() ?? null).toBe(expected);
  });

  it('refuses a stage the definition does not know', () => {
    const input = clock('dialogue.nowhere', 'selfHelp', '2026-11-01T03:00:00Z');
    expect(() => stalledSince(input, 'Asia/Jakarta')).toThrow('unknown stage "nowhere"');
    expect(() => isStalled(input, new Date(), 'Asia/Jakarta')).toThrow('unknown stage "nowhere"');
  });
});

describe('isStalled', () => {
  it.each<[string, StageClock, string, string, boolean]>([
    [
      'on the last expected day',
      clock('intake', 'technicalAssistance', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-15T16:59:59Z', // 23:59:59 WIB on 15 Nov, 14 days in
      false,
    ],
    [
      'from the first day past it',
      clock('intake', 'technicalAssistance', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-15T17:00:00Z',
      true,
    ],
    [
      'self-help has longer',
      clock('intake', 'selfHelp', '2026-11-01T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-20T00:00:00Z',
      false,
    ],
    [
      'at an hour that is already the next day in Jayapura',
      clock('intake', 'technicalAssistance', '2026-11-01T03:00:00Z'),
      'Asia/Jayapura',
      '2026-11-15T15:00:00Z', // 00:00 WIT on 16 Nov
      true,
    ],
    [
      'before it entered',
      clock('intake', 'selfHelp', '2026-11-10T03:00:00Z'),
      'Asia/Jakarta',
      '2026-11-01T00:00:00Z',
      false,
    ],
    [
      'never in a final stage',
      clock('closed', 'selfHelp', '2020-01-01T00:00:00Z'),
      'Asia/Jakarta',
      '2026-11-01T00:00:00Z',
      false,
    ],
    [
      'never on hold',
      clock('onHold', 'selfHelp', '2020-01-01T00:00:00Z'),
      'Asia/Jakarta',
      '2026-11-01T00:00:00Z',
      false,
    ],
  ])('%s', (_name, input, zone, now, expected) => {
    expect(isStalled(input, new Date(now), zone)).toBe(expected);
  });

  // For every stage a case can work in, in every built-in definition, approach and program zone,
  // isStalled turns true exactly at stalledSince, one day past the stage's expected duration.
  const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
  const entered = new Date('2026-12-15T16:30:00Z');
  it.each(
    BUILT_IN_DEFINITIONS.flatMap((definition) =>
      leafStages(definition)
        .filter((leaf) => !definition.final.includes(leaf.stage.id))
        .flatMap((leaf) =>
          APPROACHES.flatMap((approach) =>
            ZONES.map((zone) => [definition.id, leaf.path, approach, zone, definition] as const),
          ),
        ),
    ),
  )(
    '%s %s with %s in %s: stalled exactly from stalledSince',
    (_id, stage, approach, zone, definition) => {
      const input: StageClock = { definition, stage, approach, stageEnteredAt: entered };
      const at = stalledSince(input, zone)!.getTime();
      const expected = expectedDurationDays(definition, stage.split('.').at(-1)!, approach)!;
      expect(isStalled(input, new Date(at - 1), zone)).toBe(false);
      expect(isStalled(input, new Date(at), zone)).toBe(true);
      expect(isStalled(input, new Date(at + 24 * HOUR_MS), zone)).toBe(true);
      expect(daysBetween(calendarDayIn(zone, entered), calendarDayIn(zone, new Date(at)))).toBe(
        expected + 1,
      );
    },
  );
});
