import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

describe('refresh tokens: rotated on every use, revoked as a family when reused', () => {
  let api: TestApi;
  const refresh = (refreshToken: string) =>
    api.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
  const logout = (refreshToken: string) =>
    api.app.inject({ method: 'POST', url: '/api/auth/logout', payload: { refreshToken } });
  const me = (accessToken: string) =>
    api.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
  const tokensOf = (user: SignedInUser) =>
    api.dataSource.query<{ family_id: string; revoked: boolean; replaced: boolean }[]>(
      `SELECT family_id, revoked_at IS NOT NULL AS revoked, replaced_by_id IS NOT NULL AS replaced
         FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at, id`,
      [user.id],
    );

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('exchanges a refresh token once for a new pair, both of which work', async () => {
    const user = await api.loginAs();

    const first = await refresh(user.refreshToken);

    expect(first.statusCode).toBe(200);
    const pair = first.json<{ accessToken: string; refreshToken: string }>();
    expect(Object.keys(pair).sort()).toEqual(['accessToken', 'refreshToken']);
    expect(pair.refreshToken).not.toBe(user.refreshToken);
    expect((await me(pair.accessToken)).statusCode).toBe(200);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(200);
    const tokens = await tokensOf(user);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens.map((token) => token.family_id)).size).toBe(1);
    expect(tokens.map(({ revoked, replaced }) => [revoked, replaced])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  it('revokes the whole family when a rotated token is used again', async () => {
    const user = await api.loginAs();
    const stolen = user.refreshToken;
    const legitimate = (await refresh(stolen)).json<{ refreshToken: string }>().refreshToken;

    const replay = await refresh(stolen);

    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({
      code: 'REFRESH_REFUSED',
      message: 'The refresh token is not valid any more; sign in again',
    });
    expect((await refresh(legitimate)).statusCode).toBe(401);
    expect((await tokensOf(user)).every((token) => token.revoked)).toBe(true);
  });

  it('leaves the other sign-ins of the same user alone', async () => {
    const user = await api.loginAs();
    const otherSession = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    const otherRefreshToken = otherSession.json<{ refreshToken: string }>().refreshToken;
    await refresh(user.refreshToken);
    await refresh(user.refreshToken);

    expect((await refresh(otherRefreshToken)).statusCode).toBe(200);
  });

  it('lets only one of two simultaneous uses of a token win', async () => {
    const user = await api.loginAs();

    const answers = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);

    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 401]);
  });

  it('refuses an unknown token and an expired one', async () => {
    const user = await api.loginAs();
    await api.dataSource.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );

    expect((await refresh('not-a-token-we-issued')).statusCode).toBe(401);
    expect((await refresh(user.refreshToken)).statusCode).toBe(401);
  });

  it('signs out: the refresh token stops working, and signing out again is harmless', async () => {
    const user = await api.loginAs();

    const first = await logout(user.refreshToken);
    const again = await logout(user.refreshToken);

    expect(first.statusCode).toBe(204);
    expect(first.body).toBe('');
    expect(again.statusCode).toBe(204);
    expect((await refresh(user.refreshToken)).statusCode).toBe(401);
  });

  it('refuses to refresh for a user deactivated since', async () => {
    const user = await api.loginAs();
    await api.dataSource.query('UPDATE users SET active = false WHERE id = $1', [user.id]);

    expect((await refresh(user.refreshToken)).statusCode).toBe(401);
  });
});
