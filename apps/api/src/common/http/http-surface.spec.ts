import { startTestApi, type TestApi } from '../../testing/test-api';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, unknown> };
}

const ADMIN = 'https://admin.berdaya.example';

describe('the HTTP surface every route shares', () => {
  let api: TestApi;
  const get = (url: string, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    api = await startTestApi({ config: { corsOrigins: [ADMIN, 'http://localhost:4200'] } });
  });

  afterAll(() => api.close());

  it('sends the security headers on every answer, errors included', async () => {
    for (const url of ['/api/workflow-definitions', '/api/no-such-thing']) {
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

    it('documents the health and workflow-definitions routes', () => {
      const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );

      expect(routes.sort()).toEqual([
        'DELETE /api/workflow-definitions/{id}',
        'GET /api/health',
        'GET /api/workflow-definitions',
        'GET /api/workflow-definitions/{id}',
        'POST /api/workflow-definitions',
        'POST /api/workflow-definitions/validate',
        'POST /api/workflow-definitions/{id}/publish',
        'POST /api/workflow-definitions/{id}/retire',
        'PUT /api/workflow-definitions/{id}',
      ]);
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
