import { loadConfig } from '@berdaya/config';
import { migrations } from '@berdaya/db';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl, query } from './support/test-database';

describe('the api on a database that does not exist yet', () => {
  const { redisUrl } = loadConfig(process.env);
  const databaseUrl = freshDatabaseUrl();
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const api = BuiltApp.start(BUILT_MAIN.api, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    });
    await api.waitForHttp(`${baseUrl}/api/health`);
  });

  afterAll(async () => {
    await stopBuiltApps();
    await dropTestDatabases();
  });

  it('creates the database and applies the migrations', async () => {
    const applied = await query<{ name: string }>(databaseUrl, 'SELECT name FROM migrations');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));

    const [table] = await query<{ name: string | null }>(
      databaseUrl,
      `SELECT to_regclass('public.workflow_definitions')::text AS name`,
    );
    expect(table?.name).toBe('workflow_definitions');
  });

  it('answers GET /api/health with both services up', async () => {
    const response = await fetch(`${baseUrl}/api/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      postgres: { status: 'up', latencyMs: expect.any(Number) as number },
      redis: { status: 'up', latencyMs: expect.any(Number) as number },
    });
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await fetch(`${baseUrl}/api/no-such-thing`);

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
