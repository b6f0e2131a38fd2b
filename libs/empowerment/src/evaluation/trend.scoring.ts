/**
 * Index points a change must reach to count as a trend. One element moving one step shifts the
 * index by about 4.2 points, which a single participatory session can produce by itself.
 */
export const TREND_THRESHOLD = 5;

export type TrendDirection = 'improving' | 'stable' | 'declining';

export interface Trend {
  delta: number;
  direction: TrendDirection;
}

/** The change between two empowerment indexes (0–100). */
export function trend(previous: number, current: number): Trend {
  assertIndex('previous', previous);
  assertIndex('current', current);
  const delta = Math.round((current - previous) * 10) / 10;
  return { delta, direction: trendDirection(delta) };
}

/**
 * The direction of a change of index computed elsewhere (the database, for many cases at once):
 * rounded to one decimal and held against the threshold exactly as trend does.
 */
export function trendDirection(delta: number): TrendDirection {
  if (!Number.isFinite(delta)) throw new RangeError(`delta must be a finite number (got ${delta})`);
  const rounded = Math.round(delta * 10) / 10;
  return rounded >= TREND_THRESHOLD
    ? 'improving'
    : rounded <= -TREND_THRESHOLD
      ? 'declining'
      : 'stable';
}

function assertIndex(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${name} must be an empowerment index from 0 to 100 (got ${value})`);
  }
}
