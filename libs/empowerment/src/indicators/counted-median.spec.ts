import { countedMedian, type CountedValue } from './counted-median';

const counted = (...pairs: [number, number][]): CountedValue[] =>
  pairs.map(([value, count]) => ({ value, count }));

describe('countedMedian', () => {
  it.each<[string, CountedValue[], number | null]>([
    ['nothing', [], null],
    ['only zero counts', counted([3, 0], [7, 0]), null],
    ['one value', counted([4, 1]), 4],
    ['one value many times', counted([4, 9]), 4],
    ['an odd total', counted([1, 1], [2, 1], [9, 1]), 2],
    ['an even total: the mean of the middle two', counted([1, 1], [2, 1], [4, 1], [9, 1]), 3],
    ['middle two in different groups', counted([10, 2], [20, 2]), 15],
    ['middle two in one group', counted([10, 1], [20, 2], [30, 1]), 20],
    ['groups out of order', counted([30, 1], [10, 1], [20, 1]), 20],
    ['a heavy group beside a light one', counted([0, 1], [5, 99]), 5],
    ['zero counts skipped', counted([1, 1], [2, 0], [3, 1]), 2],
    ['negative and fractional values', counted([-2.5, 1], [0.5, 1]), -1],
  ])('%s', (_name, values, median) => {
    expect(countedMedian(values)).toBe(median);
  });

  it.each<[string, CountedValue[], RegExp]>([
    ['a negative count', counted([1, -1]), /^count must be a whole number/],
    ['a fractional count', counted([1, 0.5]), /^count must be a whole number/],
    ['a value that is not a number', counted([NaN, 1]), /^value must be a finite number/],
  ])('rejects %s', (_name, values, message) => {
    expect(() => countedMedian(values)).toThrow(message);
  });
});
