import { loadConfig } from '@berdaya/config';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_MAIN, BuiltApp, REPOSITORY_ROOT, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';

// The api finds the admin build next to its own build (dist/apps/admin beside dist/apps/api). To
// control what is there, each test runs a copy of the built api inside a scratch dist/ of its own.
const INDEX_HTML = '<!doctype html><title>Berdaya admin</title><div id="root"></div>';

describe('the api serving the admin panel', () => {
  const { redisUrl } = loadConfig(process.env);
  const databaseUrl = freshDatabaseUrl();
  let scratch: string;

  async function startCopy(withAdminBuild: boolean): Promise<string> {
    scratch = mkdtempSync(join(REPOSITORY_ROOT, 'tmp', 'admin-serving-'));
    cpSync(join(REPOSITORY_ROOT, 'dist/apps/api'), join(scratch, 'dist/apps/api'), {
      recursive: true,
    });
    if (withAdminBuild) {
      mkdirSync(join(scratch, 'dist/apps/admin/assets'), { recursive: true });
      writeFileSync(join(scratch, 'dist/apps/admin/index.html'), INDEX_HTML);
      writeFileSync(join(scratch, 'dist/apps/admin/assets/app.js'), 'console.log("admin");');
    }
    const port = await freePort();
    const api = BuiltApp.start(BUILT_MAIN.api.replace(REPOSITORY_ROOT, scratch), {
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    });
    await api.waitForHttp(`http://127.0.0.1:${port}/api/health`);
    return `http://127.0.0.1:${port}`;
  }

  beforeAll(() => {
    mkdirSync(join(REPOSITORY_ROOT, 'tmp'), { recursive: true });
  });

  afterEach(async () => {
    await stopBuiltApps();
    rmSync(scratch, { recursive: true, force: true });
  });

  afterAll(async () => {
    await dropTestDatabases();
  });

  it('serves the build at / and its files by path', async () => {
    const baseUrl = await startCopy(true);

    const index = await fetch(`${baseUrl}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toBe(INDEX_HTML);
    const script = await fetch(`${baseUrl}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log("admin");');
  });

  it('lets browsers keep the hashed files of assets/, and revalidate index.html', async () => {
    const baseUrl = await startCopy(true);

    const script = await fetch(`${baseUrl}/assets/app.js`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await fetch(`${baseUrl}/cases/42/show`);
    expect(index.headers.get('cache-control')).not.toContain('immutable');
  });

  it('answers the single-page app routes with index.html, and nothing else', async () => {
    const baseUrl = await startCopy(true);

    const page = await fetch(`${baseUrl}/cases/42/show?tab=history`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
    expect((await fetch(`${baseUrl}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${baseUrl}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('says how to build the admin panel when there is no build', async () => {
    const baseUrl = await startCopy(false);

    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('The admin panel is not built');
    expect(text).toContain('npx nx run admin:build');
  });
});
