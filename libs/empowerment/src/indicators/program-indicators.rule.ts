import { trendDirection, type TrendDirection } from '../evaluation/trend.scoring';
import { daysBetween } from '../visits/calendar-day';
import { visitStatus } from '../visits/visit-schedule.rule';
import { countedMedian } from './counted-median';

/** Approval turnaround looks at the requests decided in this many days up to the snapshot. */
export const APPROVAL_TURNAROUND_WINDOW_DAYS = 90;

export const INDEX_LEVELS = ['veryLow', 'low', 'medium', 'high', 'veryHigh'] as const;
export type IndexLevel = (typeof INDEX_LEVELS)[number];

/**
 * Five equal fifths of the empowerment index (0–100). The index rescales the mean score of 1–5, so
 * these are the mean-score bands 1–1.8, 1.8–2.6, 2.6–3.4, 3.4–4.2 and 4.2–5: the usual five-class
 * reading of a five-point scale. `from` is included and `to` excluded, but for 100 in the last.
 */
export const INDEX_BUCKETS: readonly { level: IndexLevel; from: number; to: number }[] = [
  { level: 'veryLow', from: 0, to: 20 },
  { level: 'low', from: 20, to: 40 },
  { level: 'medium', from: 40, to: 60 },
  { level: 'high', from: 60, to: 80 },
  { level: 'veryHigh', from: 80, to: 100 },
];

/**
 * What the indicators are computed from: a program's cases read as grouped counts (a few hundred
 * rows for 100,000 cases). "Active" is the case status `active`: on hold, closed and withdrawn
 * cases are counted by status only.
 */
export interface ProgramIndicatorInputs {
  /** The snapshot's calendar day in the program's time zone. */
  today: string;
  /** The program's overdueGraceDays. */
  overdueGraceDays: number;
  /** The stages of the program's pinned definition in document order: the funnel's order. */
  stageOrder: readonly string[];
  /** Every case of the program by status. */
  casesByStatus: Readonly<Record<string, number>>;
  /** Active cases by stage path and the day (program's zone) they last entered that stage. */
  stageEntries: readonly { stage: string; enteredOn: string; cases: number }[];
  /** Active cases by their next visit's due day; null for those with none due. */
  nextVisits: readonly { dueOn: string | null; cases: number }[];
  /**
   * Transition requests of the program's cases approved or rejected within the window, by hours
   * from the request to the decision, to the tenth the median is given in (so at most a few
   * thousand groups, as a decision comes before the request expires).
   */
  decisions: readonly { hours: number; requests: number }[];
  /** Active cases with an evaluation done, by the empowerment index of the latest one. */
  latestIndexes: readonly { index: number; cases: number }[];
  /** Active cases with two evaluations done or more, by latest index minus the one before. */
  latestChanges: readonly { delta: number; cases: number }[];
}

export interface StageIndicator {
  stage: string;
  cases: number;
  /** Whole calendar days since entering the stage, median over its active cases. */
  medianDaysInStage: number | null;
}

export interface IndexBucketCount {
  level: IndexLevel;
  from: number;
  to: number;
  cases: number;
}

/** A program's indicators at one instant, as a snapshot stores them (JSON). */
export interface ProgramIndicators {
  casesByStatus: Record<string, number>;
  activeCases: number;
  /** The funnel: every stage of the definition, then any other stage an active case is in. */
  stages: StageIndicator[];
  /** Over all active cases. */
  medianDaysInStage: number | null;
  /** Active cases whose next visit is overdue (visitStatus), and their share of active cases. */
  overdueVisits: { cases: number; rate: number | null };
  approvalTurnaround: { windowDays: number; decisions: number; medianHours: number | null };
  empowermentIndex: {
    evaluatedCases: number;
    notEvaluatedCases: number;
    /** Median of the active cases' latest index. */
    median: number | null;
    distribution: IndexBucketCount[];
    /** Active cases by the trend between their last two evaluations done. */
    trend: Record<TrendDirection, number>;
  };
}

/** The program indicators a snapshot stores; see the worker's README for what each one means. */
export function programIndicators(inputs: ProgramIndicatorInputs): ProgramIndicators {
  const activeCases = sum(inputs.stageEntries.map((entry) => entry.cases));
  const evaluatedCases = sum(inputs.latestIndexes.map((latest) => latest.cases));
  if (evaluatedCases > activeCases) {
    throw new RangeError(
      `${evaluatedCases} evaluated cases among ${activeCases} active: the inputs were not read together`,
    );
  }
  return {
    casesByStatus: { ...inputs.casesByStatus },
    activeCases,
    stages: stageIndicators(inputs),
    medianDaysInStage: countedMedian(daysInStage(inputs, inputs.stageEntries)),
    overdueVisits: overdueVisits(inputs, activeCases),
    approvalTurnaround: approvalTurnaround(inputs.decisions),
    empowermentIndex: {
      evaluatedCases,
      notEvaluatedCases: activeCases - evaluatedCases,
      median: roundTo(countedMedian(indexValues(inputs)), 2),
      distribution: indexDistribution(inputs.latestIndexes),
      trend: trendCounts(inputs.latestChanges),
    },
  };
}

function stageIndicators(inputs: ProgramIndicatorInputs): StageIndicator[] {
  const byStage = new Map<string, ProgramIndicatorInputs['stageEntries'][number][]>();
  for (const stage of inputs.stageOrder) byStage.set(stage, []);
  const others = [...new Set(inputs.stageEntries.map((entry) => entry.stage))]
    .filter((stage) => !byStage.has(stage))
    .sort();
  for (const stage of others) byStage.set(stage, []);
  for (const entry of inputs.stageEntries) byStage.get(entry.stage)?.push(entry);
  return [...byStage].map(([stage, entries]) => ({
    stage,
    cases: sum(entries.map((entry) => entry.cases)),
    medianDaysInStage: countedMedian(daysInStage(inputs, entries)),
  }));
}

function daysInStage(
  { today }: ProgramIndicatorInputs,
  entries: ProgramIndicatorInputs['stageEntries'],
) {
  // A case that entered its stage after the snapshot's instant (it moved while the snapshot was
  // read, or the run's instant is a scheduled one) has been there no time yet, not less.
  return entries.map(({ enteredOn, cases }) => ({
    value: Math.max(0, daysBetween(enteredOn, today)),
    count: cases,
  }));
}

function overdueVisits(inputs: ProgramIndicatorInputs, activeCases: number) {
  let cases = 0;
  for (const { dueOn, cases: count } of inputs.nextVisits) {
    if (dueOn !== null && visitStatus(dueOn, inputs.today, inputs.overdueGraceDays) === 'overdue') {
      cases += count;
    }
  }
  return { cases, rate: activeCases === 0 ? null : roundTo(cases / activeCases, 4) };
}

function approvalTurnaround(decisions: ProgramIndicatorInputs['decisions']) {
  const median = countedMedian(
    decisions.map(({ hours, requests }) => ({ value: hours, count: requests })),
  );
  return {
    windowDays: APPROVAL_TURNAROUND_WINDOW_DAYS,
    decisions: sum(decisions.map((decision) => decision.requests)),
    medianHours: roundTo(median, 1),
  };
}

function indexValues(inputs: ProgramIndicatorInputs) {
  return inputs.latestIndexes.map(({ index, cases }) => ({ value: index, count: cases }));
}

function indexDistribution(latestIndexes: ProgramIndicatorInputs['latestIndexes']) {
  const distribution = INDEX_BUCKETS.map((bucket) => ({ ...bucket, cases: 0 }));
  for (const { index, cases } of latestIndexes) {
    if (!Number.isFinite(index) || index < 0 || index > 100) {
      throw new RangeError(`an empowerment index is from 0 to 100 (got ${index})`);
    }
    const bucket =
      distribution.find(({ to }) => index < to) ?? distribution[distribution.length - 1];
    bucket.cases += cases;
  }
  return distribution;
}

function trendCounts(changes: ProgramIndicatorInputs['latestChanges']) {
  const counts: Record<TrendDirection, number> = { improving: 0, stable: 0, declining: 0 };
  for (const { delta, cases } of changes) counts[trendDirection(delta)] += cases;
  return counts;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
