import { newRegion } from '@berdaya/db/testing';
import type { AuthUser } from './auth-user';
import { AuthUsersCache } from './auth-users.cache';
import { startTestApi, type TestApi } from '../testing/test-api';
import { newUser } from '../testing/user.factory';

/** Waits until `check` holds, as a notification takes a moment to arrive. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('AuthUsersCache, told of changes by PostgreSQL', () => {
  let api: TestApi;
  let cache: AuthUsersCache;

  beforeAll(async () => {
    api = await startTestApi();
    cache = api.app.get(AuthUsersCache);
  });

  afterAll(() => api.close());

  /** A loader that counts its reads and reads nothing: what the cache does with it is the point. */
  const countingLoader = (user: AuthUser) => {
    const reads = { count: 0 };
    const load = () => {
      reads.count += 1;
      return Promise.resolve(user);
    };
    return { reads, get: () => cache.get(user.id, load) };
  };
  const asAuthUser = (id: string): AuthUser => ({
    id,
    email: `${id}@example.test`,
    role: 'facilitator',
    locale: 'id',
    programIds: [],
    regionIds: [],
    regionPaths: [],
  });
  const listenerPid = async () =>
    (
      await api.dataSource.query<{ pid: number }[]>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN auth_users'`,
      )
    )[0]?.pid;

  it('reads a user once while nothing about them changes', async () => {
    const { id } = await newUser(api.dataSource);
    const user = countingLoader(asAuthUser(id));

    await user.get();
    await user.get();
    await user.get();

    expect(user.reads.count).toBe(1);
  });

  it.each([
    ['their row changes', (id: string) => `UPDATE users SET active = false WHERE id = '${id}'`],
    [
      'their regions change',
      (id: string, regionId: string) =>
        `INSERT INTO user_regions (user_id, region_id) VALUES ('${id}', '${regionId}')`,
    ],
    [
      'the path of any region changes',
      (_id: string, regionId: string) => `UPDATE regions SET path = path WHERE id = '${regionId}'`,
    ],
  ])('reads a user again once %s, by whatever process', async (_change, sql) => {
    const { id } = await newUser(api.dataSource);
    const region = await newRegion(api.dataSource, `7${Math.floor(Math.random() * 90 + 10)}`);
    const user = countingLoader(asAuthUser(id));
    await user.get();

    await api.dataSource.query(sql(id, region.id));

    await eventually(async () => {
      await user.get();
      return user.reads.count === 2;
    });
  });

  it('keeps nothing while the notifications are lost, and caches again once they are back', async () => {
    const { id } = await newUser(api.dataSource);
    const user = countingLoader(asAuthUser(id));
    await user.get();

    await api.dataSource.query('SELECT pg_terminate_backend($1)', [await listenerPid()]);
    await eventually(async () => {
      const before = user.reads.count;
      await user.get();
      return user.reads.count === before + 1;
    });
    await eventually(async () => (await listenerPid()) !== undefined);
    await user.get();
    const reads = user.reads.count;
    await user.get();

    expect(user.reads.count).toBe(reads);
  });

  it('refuses a user deactivated directly in the database on their next requests', async () => {
    const signedIn = await api.loginAs();
    const me = () => signedIn.inject({ method: 'GET', url: '/api/auth/me' });
    expect((await me()).statusCode).toBe(200);

    await api.dataSource.query('UPDATE users SET active = false WHERE id = $1', [signedIn.id]);

    await eventually(async () => (await me()).statusCode === 401);
  });
});
