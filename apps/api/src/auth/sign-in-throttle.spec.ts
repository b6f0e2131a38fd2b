import { LOGIN_THROTTLE } from './login-throttle.service';
import { startTestApi, type TestApi } from '../testing/test-api';
import { newUser, TEST_PASSWORD } from '../testing/user.factory';

const ACCOUNT_LIMIT = LOGIN_THROTTLE.perAccount.limit;
const ADDRESS_LIMIT = LOGIN_THROTTLE.perAddress.limit;
const WINDOW = LOGIN_THROTTLE.perAccount.windowSeconds;

describe('throttling sign-in by account and by address', () => {
  let api: TestApi;
  const login = (email: string, password: string, remoteAddress: string) =>
    api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress,
    });
  const failTimes = async (times: number, email: string, remoteAddress: string) => {
    for (let i = 0; i < times; i++) {
      expect((await login(email, 'wrong password', remoteAddress)).statusCode).toBe(401);
    }
  };

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it(`locks an account after ${ACCOUNT_LIMIT} failures, even for the right password, with Retry-After`, async () => {
    const rina = await newUser(api.dataSource);
    await failTimes(ACCOUNT_LIMIT, rina.email, '10.1.0.1');

    // From another address too: the count is the account's.
    const response = await login(rina.email, TEST_PASSWORD, '10.1.0.2');

    expect(response.statusCode).toBe(429);
    expect(response.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'SIGN_IN_THROTTLED',
      params: { minutes: 15 },
      message: 'Too many failed sign-ins; try again in 15 minute(s)',
      retryAfterSeconds: expect.any(Number) as number,
    });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(WINDOW - 60);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    const [throttled] = await api.dataSource.query<{ reason: string }[]>(
      'SELECT reason FROM login_attempts WHERE email = $1 ORDER BY id DESC LIMIT 1',
      [rina.email],
    );
    expect(throttled?.reason).toBe('throttled');
  });

  // Moving a row is all it takes: the count is in PostgreSQL, which every replica shares.
  it('counts from login_attempts, letting the account in once a failure leaves the window', async () => {
    const yogi = await newUser(api.dataSource);
    await failTimes(ACCOUNT_LIMIT, yogi.email, '10.2.0.1');
    expect((await login(yogi.email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(429);

    // The oldest failure leaves the window: one fewer than the limit remains.
    await api.dataSource.query(
      `UPDATE login_attempts SET attempted_at = now() - interval '16 minutes'
        WHERE id = (SELECT min(id) FROM login_attempts WHERE email = $1)`,
      [yogi.email],
    );

    expect((await login(yogi.email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it('starts counting an account again after a successful sign-in', async () => {
    const ayu = await newUser(api.dataSource);
    await failTimes(ACCOUNT_LIMIT - 1, ayu.email, '10.3.0.1');
    expect((await login(ayu.email, TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(200);

    await failTimes(ACCOUNT_LIMIT - 1, ayu.email, '10.3.0.1');

    expect((await login(ayu.email, TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  });

  it(`locks an address after ${ADDRESS_LIMIT} failures, whichever accounts they were for`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await login(`guess-${i}@example.org`, 'password1234', '10.4.0.1')).statusCode).toBe(
        401,
      );
    }
    const wahyu = await newUser(api.dataSource);

    const fromThere = await login(wahyu.email, TEST_PASSWORD, '10.4.0.1');
    const fromElsewhere = await login(wahyu.email, TEST_PASSWORD, '10.4.0.2');

    expect(fromThere.statusCode).toBe(429);
    expect(Number(fromThere.headers['retry-after'])).toBeGreaterThan(0);
    expect(fromElsewhere.statusCode).toBe(200);
  });
});
