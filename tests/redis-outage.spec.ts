import { BUILT_MAIN, BuiltApp, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';
import { ThrowawayRedis } from './support/throwaway-redis';

interface HealthBody {
  status: string;
  postgres: { status: string };
  redis: { status: string; error?: string };
}

async function healthUntil(url: string, expectedStatus: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url);
    const body = (await response.json()) as HealthBody;
    if (response.status === expectedStatus) return body;
    if (Date.now() > deadline) {
      throw new Error(`health stayed ${response.status} (${JSON.stringify(body)})`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

describe('the api when Redis goes away while it runs', () => {
  let redis: ThrowawayRedis;
  let api: BuiltApp;
  let healthUrl: string;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    const port = await freePort();
    healthUrl = `http://127.0.0.1:${port}/api/health`;
    api = BuiltApp.start(BUILT_MAIN.api, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: freshDatabaseUrl(),
      REDIS_URL: redis.url,
    });
    await api.waitForHttp(healthUrl);
  });

  afterAll(async () => {
    await stopBuiltApps();
    await redis.kill();
    await dropTestDatabases();
  });

  it('turns health to 503 naming Redis, keeps running, and recovers when Redis returns', async () => {
    await healthUntil(healthUrl, 200);

    await redis.kill();
    const down = await healthUntil(healthUrl, 503);

    expect(down.status).toBe('down');
    expect(down.postgres.status).toBe('up');
    expect(down.redis.status).toBe('down');
    expect(down.redis.error).toContain(`Redis at 127.0.0.1:${redis.port}`);
    expect(api.hasExited).toBe(false);

    redis = await ThrowawayRedis.start(redis.port);
    const up = await healthUntil(healthUrl, 200);
    expect(up.redis.status).toBe('up');
  });
});
