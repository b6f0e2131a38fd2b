import { startTestApi, type TestApi } from '../testing/test-api';

/** PUT /api/auth/me: a user's own language, kept with the user, whatever their role. */
describe('own settings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('lets even a viewer change their language, and remembers it at the next sign-in', async () => {
    const viewer = await api.loginAs({ role: 'viewer', locale: 'id' });

    const changed = await viewer.inject({
      method: 'PUT',
      url: '/api/auth/me',
      payload: { locale: 'en' },
    });

    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: viewer.id, role: 'viewer', locale: 'en' });
    const me = await viewer.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ locale: 'en' });
    const again = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: viewer.email, password: viewer.password },
    });
    expect(again.json()).toMatchObject({ user: { locale: 'en' } });
  });

  it.each([
    [{ locale: 'fr' }, 'locale'],
    [{ locale: 'en', role: 'admin' }, 'role'],
    [{}, 'locale'],
  ])('refuses %j with a 400 naming what is wrong, changing nothing', async (body, field) => {
    const facilitator = await api.loginAs({ role: 'facilitator', locale: 'id' });

    const refused = await facilitator.inject({ method: 'PUT', url: '/api/auth/me', payload: body });

    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ fields: { field: string }[] }>().fields[0]?.field).toBe(field);
    const me = await facilitator.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ role: 'facilitator', locale: 'id' });
  });

  it('answers 401 without a token', async () => {
    const answer = await api.app.inject({
      method: 'PUT',
      url: '/api/auth/me',
      payload: { locale: 'en' },
    });
    expect(answer.statusCode).toBe(401);
  });
});
