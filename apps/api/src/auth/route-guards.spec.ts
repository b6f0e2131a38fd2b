import { JwtService } from '@nestjs/jwt';
import { startTestApi, type TestApi } from '../testing/test-api';
import { newDefinition } from '../testing/workflow-definition.factory';

describe('which requests get through: a valid token, then the role', () => {
  let api: TestApi;
  const listDefinitions = (authorization?: string) =>
    api.app.inject({
      method: 'GET',
      url: '/api/workflow-definitions',
      ...(authorization === undefined ? {} : { headers: { authorization } }),
    });

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers health and the documentation without a token', async () => {
    for (const url of ['/api/health', '/api/docs-json']) {
      expect((await api.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    }
  });

  it('refuses a request without a token, saying how to send one', async () => {
    const response = await listDefinitions();

    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'SIGN_IN_REQUIRED',
      message: 'Sign in first, and send the access token as "Authorization: Bearer <token>"',
    });
  });

  const INVALID = 'The access token is not valid or has expired; refresh it or sign in again';
  const MISSING = 'Sign in first, and send the access token as "Authorization: Bearer <token>"';

  it.each([
    ['not a JWT', 'not-a-token', 'TOKEN_INVALID', INVALID],
    ['a token signed with another secret', 'forged', 'TOKEN_INVALID', INVALID],
    ['an expired token', 'expired', 'TOKEN_INVALID', INVALID],
    ['a token of another scheme', 'basic', 'SIGN_IN_REQUIRED', MISSING],
  ])('refuses %s with a 401', async (_name, kind, code, message) => {
    const user = await api.loginAs();
    const jwt = api.app.get(JwtService);
    const tokens: Record<string, string> = {
      forged: `Bearer ${new JwtService({ secret: 'someone-elses-secret-of-some-length' }).sign({ sub: user.id })}`,
      expired: `Bearer ${jwt.sign({ sub: user.id }, { expiresIn: -60 })}`,
      basic: 'Basic c2l0aTpwYXNzd29yZA==',
    };

    const response = await listDefinitions(tokens[kind] ?? `Bearer ${kind}`);

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code, message });
  });

  it('issues access tokens that live fifteen minutes', async () => {
    const { accessToken } = await api.loginAs();
    const { iat, exp } = api.app.get(JwtService).decode<{ iat: number; exp: number }>(accessToken);

    expect(exp - iat).toBe(15 * 60);
  });

  it('lets every role read the workflow definitions', async () => {
    for (const role of [
      'admin',
      'programManager',
      'supervisor',
      'facilitator',
      'viewer',
    ] as const) {
      const user = await api.loginAs({ role });
      expect((await listDefinitions(user.headers.authorization)).statusCode).toBe(200);
    }
  });

  it('refuses a viewer any write, whatever the route allows', async () => {
    const viewer = await api.loginAs({ role: 'viewer' });

    for (const [method, url] of [
      ['POST', '/api/workflow-definitions'],
      ['POST', '/api/workflow-definitions/validate'],
      ['PUT', '/api/programs/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/users/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const response = await viewer.inject({ method, url, payload: {} });

      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        code: 'READ_ONLY',
        message: 'A viewer reads and never writes',
      });
    }
  });

  it('keeps the writes of workflow definitions to admins', async () => {
    const supervisor = await api.loginAs({ role: 'supervisor' });
    const admin = await api.loginAs({ role: 'admin' });
    const payload = newDefinition({ id: 'guarded' });

    const refused = await supervisor.inject({
      method: 'POST',
      url: '/api/workflow-definitions',
      payload,
    });
    const created = await admin.inject({
      method: 'POST',
      url: '/api/workflow-definitions',
      payload,
    });

    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ROLE', message: 'Your role may not do this' });
    expect(created.statusCode).toBe(201);
  });
});
