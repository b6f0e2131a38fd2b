import { startTestApi, type TestApi } from '../testing/test-api';
import { newUser, TEST_PASSWORD } from '../testing/user.factory';

interface Attempt {
  email: string;
  ip: string;
  succeeded: boolean;
  reason: string | null;
}

describe('signing in', () => {
  let api: TestApi;
  const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
    api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress,
    });
  const attemptsOf = (email: string) =>
    api.dataSource.query<Attempt[]>(
      'SELECT email, ip, succeeded, reason FROM login_attempts WHERE email = $1 ORDER BY id',
      [email],
    );

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers the tokens and the user the admin panel keeps, and records the attempt', async () => {
    const siti = await newUser(api.dataSource, {
      role: 'supervisor',
      email: 'siti@yayasan.example',
      fullName: 'Siti Rahayu',
      locale: 'en',
    });

    const response = await login('  Siti@Yayasan.example ', TEST_PASSWORD);

    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as string,
      refreshToken: expect.stringMatching(/^[\w-]{43}$/) as string,
      user: {
        id: siti.id,
        email: 'siti@yayasan.example',
        fullName: 'Siti Rahayu',
        role: 'supervisor',
        locale: 'en',
      },
    });
    expect(await attemptsOf('siti@yayasan.example')).toEqual([
      { email: 'siti@yayasan.example', ip: '10.0.0.1', succeeded: true, reason: null },
    ]);
  });

  it('stores only a hash of the refresh token, and the token is good for /auth/me', async () => {
    const budi = await newUser(api.dataSource, { role: 'facilitator', fullName: 'Budi Santoso' });
    const { accessToken, refreshToken } = (await login(budi.email, TEST_PASSWORD)).json<{
      accessToken: string;
      refreshToken: string;
    }>();

    const stored = await api.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM refresh_tokens WHERE user_id = $1',
      [budi.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(refreshToken);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await api.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id: budi.id,
      email: budi.email,
      fullName: 'Budi Santoso',
      role: 'facilitator',
      locale: 'id',
      active: true,
      programIds: [],
      regionIds: [],
    });
  });

  it('answers a wrong password and an unknown e-mail alike, and records why each failed', async () => {
    const dewi = await newUser(api.dataSource, { email: 'dewi@yayasan.example' });

    const wrongPassword = await login(dewi.email, 'not-the-password');
    const unknownEmail = await login('nobody@yayasan.example', TEST_PASSWORD);

    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'SIGN_IN_REFUSED',
      message: 'The e-mail or the password is wrong',
    });
    expect(await attemptsOf('dewi@yayasan.example')).toEqual([
      { email: 'dewi@yayasan.example', ip: '10.0.0.1', succeeded: false, reason: 'wrong-password' },
    ]);
    expect(await attemptsOf('nobody@yayasan.example')).toEqual([
      {
        email: 'nobody@yayasan.example',
        ip: '10.0.0.1',
        succeeded: false,
        reason: 'unknown-email',
      },
    ]);
  });

  it('refuses an inactive user, even with the right password, in the same words', async () => {
    const gone = await newUser(api.dataSource, { active: false });

    const response = await login(gone.email, TEST_PASSWORD);

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'SIGN_IN_REFUSED',
      message: 'The e-mail or the password is wrong',
    });
    expect(await attemptsOf(gone.email)).toEqual([
      expect.objectContaining({ succeeded: false, reason: 'inactive' }),
    ]);
  });

  it('refuses a body without the e-mail or the password, naming each', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'siti' },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'email',
      'password',
      'username',
    ]);
  });
});
