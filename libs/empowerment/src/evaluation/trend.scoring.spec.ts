import { trend } from './trend.scoring';

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
