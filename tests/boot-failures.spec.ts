import { loadConfig } from '@berdaya/config';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';

// Port 1 is privileged and unused here: a connection to it is refused at once.
const UNREACHABLE_POSTGRES = 'postgres://postgres:hunter2@127.0.0.1:1/berdaya';
const UNREACHABLE_REDIS = 'redis://127.0.0.1:1';
const STACK_FRAME = /^\s+at /m;

describe.each(['api', 'worker'] as const)('the %s refusing to start', (app) => {
  const { redisUrl } = loadConfig(process.env);

  async function boot(env: Record<string, string>) {
    const started = BuiltApp.start(BUILT_MAIN[app], {
      NODE_ENV: 'test',
      PORT: String(await freePort()),
      DATABASE_URL: freshDatabaseUrl(),
      REDIS_URL: redisUrl,
      ...env,
    });
    const exit = await started.waitForExit();
    return { exit, stderr: started.stderr };
  }

  afterAll(async () => {
    await stopBuiltApps();
    await dropTestDatabases();
  });

  it('names PostgreSQL, its address and how to start it when PostgreSQL is unreachable', async () => {
    const { exit, stderr } = await boot({ DATABASE_URL: UNREACHABLE_POSTGRES });

    expect(exit.code).toBe(1);
    expect(stderr).toContain('PostgreSQL is not reachable at 127.0.0.1:1');
    expect(stderr).toContain(
      'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    );
    expect(stderr).toContain('docker compose up -d postgres redis');
    expect(stderr).not.toContain('hunter2');
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('names Redis, its address and how to start it when Redis is unreachable', async () => {
    const { exit, stderr } = await boot({ REDIS_URL: UNREACHABLE_REDIS });

    expect(exit.code).toBe(1);
    expect(stderr).toContain('Redis is not reachable at 127.0.0.1:1');
    expect(stderr).toContain('redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379');
    expect(stderr).toContain('docker compose up -d postgres redis');
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('names PORT when it is not a port number', async () => {
    const { exit, stderr } = await boot({ PORT: 'abc' });

    expect(exit.code).toBe(1);
    expect(stderr).toContain('PORT must be an integer from 1 to 65535, got "abc"');
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('names JWT_SECRET when production has none', async () => {
    const { exit, stderr } = await boot({ NODE_ENV: 'production' });

    expect(exit.code).toBe(1);
    expect(stderr).toContain('JWT_SECRET must be set when NODE_ENV is production');
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
