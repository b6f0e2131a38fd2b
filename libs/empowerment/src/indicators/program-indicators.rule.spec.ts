import {
  APPROVAL_TURNAROUND_WINDOW_DAYS,
  INDEX_BUCKETS,
  programIndicators,
  type ProgramIndicatorInputs,
} from './program-indicators.rule';

const TODAY = '2031-03-20';
const STAGES = ['intake', 'dialogue.preparing', 'dialogue.buildingTrust'];

function inputs(overrides: Partial<ProgramIndicatorInputs> = {}): ProgramIndicatorInputs {
  return {
    today: TODAY,
    overdueGraceDays: 3,
    stageOrder: STAGES,
    casesByStatus: {},
    stageEntries: [],
    nextVisits: [],
    decisions: [],
    latestIndexes: [],
    latestChanges: [],
    ...overrides,
  };
}

/** `cases` active cases that entered `stage` on `enteredOn`, all without a visit due. */
const entered = (stage: string, enteredOn: string, cases = 1) => ({ stage, enteredOn, cases });

/** n active cases, so that rates and evaluated counts have a population to refer to. */
const activeCases = (n: number) => ({ stageEntries: [entered('intake', TODAY, n)] });

describe('programIndicators', () => {
  it('answers zeros and nulls, and the whole funnel, for a program without cases', () => {
    expect(programIndicators(inputs())).toEqual({
      casesByStatus: {},
      activeCases: 0,
      stages: STAGES.map((stage) => ({ stage, cases: 0, medianDaysInStage: null })),
      medianDaysInStage: null,
      overdueVisits: { cases: 0, rate: null },
      approvalTurnaround: { windowDays: 90, decisions: 0, medianHours: null },
      empowermentIndex: {
        evaluatedCases: 0,
        notEvaluatedCases: 0,
        median: null,
        distribution: INDEX_BUCKETS.map((bucket) => ({ ...bucket, cases: 0 })),
        trend: { improving: 0, stable: 0, declining: 0 },
      },
    });
  });

  it('passes the cases by status through as read', () => {
    const casesByStatus = { active: 3, onHold: 1, closed: 2, withdrawn: 0 };

    expect(programIndicators(inputs({ casesByStatus })).casesByStatus).toEqual(casesByStatus);
  });

  describe('the stage funnel and days in stage', () => {
    it.each<[string, ProgramIndicatorInputs['stageEntries'], object[], number | null]>([
      [
        'cases counted per stage, in the definition order whatever the rows order',
        [
          entered('dialogue.buildingTrust', '2031-03-10', 2),
          entered('intake', '2031-03-19', 3),
          entered('intake', '2031-03-20', 1),
        ],
        [
          { stage: 'intake', cases: 4, medianDaysInStage: 1 },
          { stage: 'dialogue.preparing', cases: 0, medianDaysInStage: null },
          { stage: 'dialogue.buildingTrust', cases: 2, medianDaysInStage: 10 },
        ],
        // 0, 1, 1, 1, 10, 10
        1,
      ],
      [
        'an even count: the mean of the middle two',
        [entered('intake', '2031-03-18'), entered('intake', '2031-03-15')],
        [
          { stage: 'intake', cases: 2, medianDaysInStage: 3.5 },
          { stage: 'dialogue.preparing', cases: 0, medianDaysInStage: null },
          { stage: 'dialogue.buildingTrust', cases: 0, medianDaysInStage: null },
        ],
        3.5,
      ],
      [
        'stages of another definition version after the funnel, by name',
        [entered('zeta.old', '2031-03-01'), entered('alpha.old', '2031-02-18')],
        [
          ...STAGES.map((stage) => ({ stage, cases: 0, medianDaysInStage: null })),
          { stage: 'alpha.old', cases: 1, medianDaysInStage: 30 },
          { stage: 'zeta.old', cases: 1, medianDaysInStage: 19 },
        ],
        24.5,
      ],
      [
        'a stage entered after the snapshot day as no days yet',
        [entered('intake', '2031-03-21', 1)],
        [
          { stage: 'intake', cases: 1, medianDaysInStage: 0 },
          { stage: 'dialogue.preparing', cases: 0, medianDaysInStage: null },
          { stage: 'dialogue.buildingTrust', cases: 0, medianDaysInStage: null },
        ],
        0,
      ],
    ])('%s', (_name, stageEntries, stages, median) => {
      const figures = programIndicators(inputs({ stageEntries }));

      expect(figures.stages).toEqual(stages);
      expect(figures.medianDaysInStage).toBe(median);
      expect(figures.activeCases).toBe(stageEntries.reduce((n, entry) => n + entry.cases, 0));
    });
  });

  describe('the overdue-visit rate, by the one definition of overdue (grace 3 days)', () => {
    it.each<[string, ProgramIndicatorInputs['nextVisits'], number, number, number | null]>([
      ['due four days ago: overdue', [{ dueOn: '2031-03-16', cases: 1 }], 4, 1, 0.25],
      ['due three days ago: still within grace', [{ dueOn: '2031-03-17', cases: 1 }], 4, 0, 0],
      ['due today or later: not overdue', [{ dueOn: TODAY, cases: 2 }], 4, 0, 0],
      ['no visit due: counted among active cases only', [{ dueOn: null, cases: 3 }], 3, 0, 0],
      [
        'a mix, over every active case',
        [
          { dueOn: '2031-01-02', cases: 2 },
          { dueOn: '2031-03-16', cases: 1 },
          { dueOn: '2031-03-25', cases: 3 },
          { dueOn: null, cases: 1 },
        ],
        7,
        3,
        0.4286,
      ],
      ['no active case: no rate', [], 0, 0, null],
    ])('%s', (_name, nextVisits, active, overdue, rate) => {
      const figures = programIndicators(inputs({ ...activeCases(active), nextVisits }));

      expect(figures.overdueVisits).toEqual({ cases: overdue, rate });
    });

    it('follows the program grace days', () => {
      const nextVisits = [{ dueOn: '2031-03-17', cases: 1 }];

      const strict = programIndicators(
        inputs({ ...activeCases(1), nextVisits, overdueGraceDays: 0 }),
      );

      expect(strict.overdueVisits).toEqual({ cases: 1, rate: 1 });
    });
  });

  describe('approval turnaround', () => {
    it.each<[string, ProgramIndicatorInputs['decisions'], number, number | null]>([
      ['no decision in the window', [], 0, null],
      ['one decision', [{ hours: 2.1, requests: 1 }], 1, 2.1],
      [
        'the median of many',
        [
          { hours: 0.5, requests: 1 },
          { hours: 1.5, requests: 2 },
          { hours: 100, requests: 1 },
        ],
        4,
        1.5,
      ],
      [
        'an even count between two groups, to a tenth',
        [
          { hours: 1, requests: 1 },
          { hours: 25.1, requests: 1 },
        ],
        2,
        13.1,
      ],
    ])('%s', (_name, decisions, count, medianHours) => {
      expect(programIndicators(inputs({ decisions })).approvalTurnaround).toEqual({
        windowDays: APPROVAL_TURNAROUND_WINDOW_DAYS,
        decisions: count,
        medianHours,
      });
    });
  });

  describe('the empowerment index distribution', () => {
    it.each<[number, string]>([
      [0, 'veryLow'],
      [19.9, 'veryLow'],
      [20, 'low'],
      [39.9, 'low'],
      [40, 'medium'],
      [59.9, 'medium'],
      [60, 'high'],
      [79.9, 'high'],
      [80, 'veryHigh'],
      [100, 'veryHigh'],
    ])('puts an index of %s in %s', (index, level) => {
      const figures = programIndicators(
        inputs({ ...activeCases(1), latestIndexes: [{ index, cases: 1 }] }),
      );

      const counted = figures.empowermentIndex.distribution.filter((bucket) => bucket.cases > 0);
      expect(counted.map((bucket) => bucket.level)).toEqual([level]);
    });

    it('counts the evaluated and not evaluated active cases and the median latest index', () => {
      const figures = programIndicators(
        inputs({
          ...activeCases(6),
          latestIndexes: [
            { index: 12.5, cases: 1 },
            { index: 45.8, cases: 2 },
            { index: 70.9, cases: 1 },
          ],
        }),
      );

      expect(figures.empowermentIndex).toMatchObject({
        evaluatedCases: 4,
        notEvaluatedCases: 2,
        median: 45.8,
      });
      expect(figures.empowermentIndex.distribution.map((bucket) => bucket.cases)).toEqual([
        1, 0, 2, 1, 0,
      ]);
    });

    it('refuses an index out of 0–100', () => {
      expect(() =>
        programIndicators(inputs({ ...activeCases(1), latestIndexes: [{ index: 101, cases: 1 }] })),
      ).toThrow(/^an empowerment index is from 0 to 100/);
    });

    it('refuses more evaluated cases than active ones: inputs read at different times', () => {
      expect(() =>
        programIndicators(inputs({ ...activeCases(1), latestIndexes: [{ index: 50, cases: 2 }] })),
      ).toThrow(/^2 evaluated cases among 1 active/);
    });
  });

  describe('the empowerment index trend, by the trend rule threshold (5 points)', () => {
    it.each<[string, ProgramIndicatorInputs['latestChanges'], object]>([
      ['none with two evaluations', [], { improving: 0, stable: 0, declining: 0 }],
      [
        'each change by its direction',
        [
          { delta: 5, cases: 2 },
          { delta: 4.9, cases: 1 },
          { delta: 0, cases: 3 },
          { delta: -4.9, cases: 1 },
          { delta: -5, cases: 1 },
          { delta: -40.2, cases: 2 },
        ],
        { improving: 2, stable: 5, declining: 3 },
      ],
    ])('%s', (_name, latestChanges, trend) => {
      expect(programIndicators(inputs({ latestChanges })).empowermentIndex.trend).toEqual(trend);
    });
  });
});
