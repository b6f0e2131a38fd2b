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
  const direction =
    delta >= TREND_THRESHOLD ? 'improving' : delta <= -TREND_THRESHOLD ? 'declining' : 'stable';
  return { delta, direction };
}

function assertIndex(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${name} must be an empowerment index from 0 to 100 (got ${value})`);
  }
}
