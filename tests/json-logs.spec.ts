import { loadConfig } from '@berdaya/config';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("the api's log", () => {
  const { redisUrl } = loadConfig(process.env);

  async function runApi(env: Record<string, string> = {}) {
    const port = await freePort();
    const api = BuiltApp.start(BUILT_MAIN.api, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: freshDatabaseUrl(),
      REDIS_URL: redisUrl,
      ...env,
    });
    await api.waitForHttp(`http://127.0.0.1:${port}/api/health`);
    await expect(api.stop('SIGTERM')).resolves.toEqual({ code: 0, signal: null });
    return api;
  }

  afterAll(async () => {
    await stopBuiltApps();
    await dropTestDatabases();
  });

  it("is one JSON object a line on stdout, Nest's own lines included", async () => {
    const api = await runApi();

    const lines = api.logLines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({
        level: expect.stringMatching(/^(fatal|error|warn|info|debug|trace)$/) as string,
        time: expect.stringMatching(ISO_TIME) as string,
        app: 'api',
        pid: api.pid,
        msg: expect.any(String) as string,
      });
    }
    expect(lines).toContainEqual(
      expect.objectContaining({
        context: 'RouterExplorer',
        msg: 'Mapped {/api/health, GET} route',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        context: 'Bootstrap',
        msg: expect.stringMatching(/^API listening on http:\/\/0\.0\.0\.0:\d+\/api$/) as string,
      }),
    );
  });

  it('holds only the levels LOG_LEVEL enables', async () => {
    const api = await runApi({ LOG_LEVEL: 'warn' });

    const lines = api.logLines();
    // A fresh database has no user, which the api warns about at every start.
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', context: 'FirstAdmin' }));
    expect(
      lines.filter((line) => !['fatal', 'error', 'warn'].includes(String(line.level))),
    ).toEqual([]);
  });
});
