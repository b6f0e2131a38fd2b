import { serviceAddress } from './service-address';

describe('serviceAddress', () => {
  it.each([
    ['postgres://app:secret@db.internal:6543/cases', 'db.internal:6543'],
    ['postgres://postgres@127.0.0.1/berdaya', '127.0.0.1:5432'],
    ['postgresql://db/berdaya', 'db:5432'],
    ['redis://:secret@cache:6380', 'cache:6380'],
    ['rediss://cache', 'cache:6379'],
    ['redis://[::1]:6379', '[::1]:6379'],
  ])('%s is shown as %s', (url, expected) => {
    expect(serviceAddress(url)).toBe(expected);
  });
});
