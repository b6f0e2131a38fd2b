import { trend, trendDirection } from './trend.scoring';

describe('trend', () => {
  it.each([
    [50, 55, 5, 'improving'],
    [50, 54.9, 4.9, 'stable'],
    [50, 50, 0, 'stable'],
    [50, 45.1, -4.9, 'stable'],
    [50, 45, -5, 'declining'],
    [41.7, 46.7, 5, 'improving'],
    [41.7, 46.6, 4.9, 'stable'],
    [0, 100, 100, 'improving'],
    [100, 0, -100, 'declining'],
  ])('%s → %s: delta %s, %s', (previous, current, delta, direction) => {
    expect(trend(previous, current)).toEqual({ delta, direction });
  });

  it.each([
    [-1, 50, 'previous'],
    [50, 100.1, 'current'],
    [NaN, 50, 'previous'],
    [50, Infinity, 'current'],
  ])('rejects %s → %s, naming %s', (previous, current, name) => {
    expect(() => trend(previous, current)).toThrow(
      new RegExp(`^${name} must be an empowerment index from 0 to 100`),
    );
  });
});

describe('trendDirection', () => {
  it.each([
    [5, 'improving'],
    [4.96, 'improving'],
    [4.9, 'stable'],
    [0, 'stable'],
    [-4.94, 'stable'],
    [-5, 'declining'],
    [-100, 'declining'],
  ])('a change of %s is %s', (delta, direction) => {
    expect(trendDirection(delta)).toBe(direction);
  });

  it('agrees with trend on every change between two indexes', () => {
    for (const [previous, current] of [
      [50, 55],
      [41.7, 46.6],
      [41.7, 46.7],
      [63.3, 58.3],
      [63.3, 58.4],
    ]) {
      const { delta, direction } = trend(previous, current);
      expect(trendDirection(current - previous)).toBe(direction);
      expect(trendDirection(delta)).toBe(direction);
    }
  });

  it('rejects a change that is not a number', () => {
    expect(() => trendDirection(NaN)).toThrow(RangeError);
  });
});
