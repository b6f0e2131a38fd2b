import { loadConfig } from '@berdaya/config';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from './support/built-app';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';

describe('the worker', () => {
  const { redisUrl } = loadConfig(process.env);

  afterAll(async () => {
    await stopBuiltApps();
    await dropTestDatabases();
  });

  it('says once that it is ready, with what it connected to, and exits 0 on SIGTERM', async () => {
    // The local server trusts every connection, so the password is accepted and ignored; it is
    // here to show that it never reaches the log.
    const databaseUrl = new URL(freshDatabaseUrl());
    databaseUrl.password = 'hunter2';
    const worker = BuiltApp.start(BUILT_MAIN.worker, {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: redisUrl,
    });

    await worker.waitForOutput('worker ready');
    const readyLines = worker
      .logLines()
      .filter((line) => String(line.msg).startsWith('worker ready'));
    expect(readyLines).toEqual([
      expect.objectContaining({
        level: 'info',
        app: 'worker',
        context: 'Worker',
        msg: `worker ready: PostgreSQL 127.0.0.1:5432${databaseUrl.pathname}, Redis 127.0.0.1:6379`,
      }),
    ]);
    expect(worker.stdout + worker.stderr).not.toContain('hunter2');

    await expect(worker.stop('SIGTERM')).resolves.toEqual({ code: 0, signal: null });
  });
});
