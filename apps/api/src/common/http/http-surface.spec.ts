import { type SignedInUser, startTestApi, type TestApi } from '../../testing/test-api';

interface OpenApiDocument {
  openapi: string;
  security?: unknown;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; security?: unknown }>
  >;
  components: { schemas: Record<string, unknown>; securitySchemes?: unknown };
}

const ADMIN = 'https://admin.berdaya.example';

describe('the HTTP surface every route shares', () => {
  let api: TestApi;
  let viewer: SignedInUser;
  const get = (url: string, headers: Record<string, string> = {}) =>
    viewer.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    api = await startTestApi({ config: { corsOrigins: [ADMIN, 'http://localhost:4200'] } });
    viewer = await api.loginAs({ role: 'viewer' });
  });

  afterAll(() => api.close());

  it('sends the security headers on every answer, errors included', async () => {
    for (const url of ['/api/health', '/api/workflow-definitions', '/api/no-such-thing']) {
      const { headers } = await get(url);

      expect(headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'self'") as string,
        'strict-transport-security': expect.stringContaining('max-age=') as string,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(headers).not.toHaveProperty('x-powered-by');
      // The api may be reached over plain http; the panel's own assets must still load there.
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    }
  });

  describe('CORS', () => {
    it('lets a configured origin read a list, its total included', async () => {
      const { headers } = await get('/api/workflow-definitions', { origin: ADMIN });

      expect(headers['access-control-allow-origin']).toBe(ADMIN);
      expect(headers['access-control-expose-headers']).toBe('Content-Range');
      expect(headers.vary).toContain('Origin');
    });

    it('lets a configured origin read a 401, so the panel knows to refresh its token', async () => {
      const response = await api.app.inject({
        method: 'GET',
        url: '/api/workflow-definitions',
        headers: { origin: ADMIN },
      });

      expect(response.statusCode).toBe(401);
      expect(response.headers['access-control-allow-origin']).toBe(ADMIN);
    });

    it('answers the preflight of a configured origin', async () => {
      const response = await api.app.inject({
        method: 'OPTIONS',
        url: '/api/workflow-definitions/pilot@1',
        headers: {
          origin: 'http://localhost:4200',
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'content-type,authorization',
        },
      });

      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('http://localhost:4200');
      expect(response.headers['access-control-allow-methods']).toContain('PUT');
      expect(response.headers['access-control-allow-headers']).toBe('content-type,authorization');
    });

    it('gives any other origin no permission', async () => {
      const { headers } = await get('/api/workflow-definitions', {
        origin: 'https://elsewhere.example',
      });

      expect(headers).not.toHaveProperty('access-control-allow-origin');
    });
  });

  describe('the OpenAPI document', () => {
    let document: OpenApiDocument;

    beforeAll(async () => {
      const response = await get('/api/docs-json');
      expect(response.statusCode).toBe(200);
      document = response.json<OpenApiDocument>();
    });

    const operations = () =>
      Object.entries(document.paths).flatMap(([path, byMethod]) =>
        Object.entries(byMethod).map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          security: operation.security,
        })),
      );

    it('documents the routes of health, sign-in, users, regions, programs and workflow definitions', () => {
      const features = /^\S+ \/api\/(health|auth|users|regions|programs|workflow-definitions)\b/;
      const routes = operations()
        .map(({ route }) => route)
        .filter((route) => features.test(route));

      expect(routes.sort()).toEqual([
        'DELETE /api/programs/{id}',
        'DELETE /api/regions/{id}',
        'DELETE /api/users/{id}',
        'DELETE /api/workflow-definitions/{id}',
        'GET /api/auth/me',
        'GET /api/health',
        'GET /api/programs',
        'GET /api/programs/{id}',
        'GET /api/programs/{id}/indicators',
        'GET /api/regions',
        'GET /api/regions/{id}',
        'GET /api/users',
        'GET /api/users/{id}',
        'GET /api/workflow-definitions',
        'GET /api/workflow-definitions/{id}',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/auth/refresh',
        'POST /api/programs',
        'POST /api/regions',
        'POST /api/regions/import',
        'POST /api/users',
        'POST /api/workflow-definitions',
        'POST /api/workflow-definitions/validate',
        'POST /api/workflow-definitions/{id}/publish',
        'POST /api/workflow-definitions/{id}/retire',
        'PUT /api/auth/me',
        'PUT /api/programs/{id}',
        'PUT /api/regions/{id}',
        'PUT /api/users/{id}',
        'PUT /api/workflow-definitions/{id}',
      ]);
    });

    it('asks for the bearer token on every route but the public ones', () => {
      expect(document.security).toEqual([{ bearer: [] }]);
      expect(document.components.securitySchemes).toEqual({
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      });
      const open = operations()
        .filter(({ security }) => security !== undefined)
        .sort((a, b) => a.route.localeCompare(b.route));

      expect(open).toEqual(
        [
          'GET /api/health',
          'POST /api/auth/login',
          'POST /api/auth/logout',
          'POST /api/auth/refresh',
        ].map((route) => ({ route, security: [{}] })),
      );
    });

    it("documents a list's sort, range and filter", () => {
      const parameters = document.paths['/api/workflow-definitions']?.get?.parameters ?? [];

      expect(parameters.map(({ name, in: where }) => `${where}:${name}`)).toEqual([
        'query:sort',
        'query:range',
        'query:filter',
      ]);
    });

    it('refers only to schemas it defines', () => {
      const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(
        ([, reference]) => reference,
      );

      expect(references.length).toBeGreaterThan(0);
      for (const reference of new Set(references)) {
        expect(Object.keys(document.components.schemas)).toContain(
          reference?.replace('#/components/schemas/', ''),
        );
      }
    });

    it('is browsable at /api/docs, with its assets', async () => {
      const page = await get('/api/docs');
      const assets = [...page.body.matchAll(/(?:src|href)="\.\/docs\/([^"]+)"/g)].map(
        ([, asset]) => asset,
      );

      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(assets).toEqual(expect.arrayContaining(['swagger-ui.css', 'swagger-ui-bundle.js']));
      for (const asset of assets) {
        expect((await get(`/api/docs/${asset}`)).statusCode).toBe(200);
      }
    });
  });
});
