/** A value and how many times it occurs: what a `GROUP BY value` with `count(*)` answers. */
export interface CountedValue {
  value: number;
  count: number;
}

/**
 * The median of values given as counts, so that a program of 100,000 cases is read as a few
 * hundred grouped rows rather than one row a case. With an even total it is the mean of the two
 * middle values; null when there are none.
 */
export function countedMedian(values: readonly CountedValue[]): number | null {
  let total = 0;
  for (const { value, count } of values) {
    if (!Number.isFinite(value))
      throw new RangeError(`value must be a finite number (got ${value})`);
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count must be a whole number, at least 0 (got ${count})`);
    }
    total += count;
  }
  if (total === 0) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value);
  // 1-based positions of the middle value(s): the same one when the total is odd.
  const lower = valueAt(sorted, Math.ceil(total / 2));
  const upper = valueAt(sorted, Math.floor(total / 2) + 1);
  return (lower + upper) / 2;
}

function valueAt(sorted: readonly CountedValue[], position: number): number {
  let seen = 0;
  for (const { value, count } of sorted) {
    seen += count;
    if (seen >= position) return value;
  }
  throw new RangeError(`position ${position} is past the last value`);
}
