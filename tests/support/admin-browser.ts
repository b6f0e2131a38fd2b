/// <reference lib="dom" />
import { loadConfig } from '@berdaya/config';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Pool } from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BUILT_MAIN, BuiltApp, REPOSITORY_ROOT, stopBuiltApps } from './built-app';
import { freePort } from './free-port';
import { dropTestDatabases, freshDatabaseUrl } from './test-database';

const ADMIN_BUILD = join(REPOSITORY_ROOT, 'dist/apps/admin/index.html');
/** Screenshots the browser tests write, for a person to look at (not compared). */
export const ARTIFACTS = join(REPOSITORY_ROOT, 'tests/artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The demo foundation as `npm run seed` loads it, from the api's build (tests use the built apps).
const BUILT_SEED = join(REPOSITORY_ROOT, 'dist/apps/api/apps/api/src/seed');

export type DemoRole = 'admin' | 'programManager' | 'supervisor' | 'facilitator' | 'viewer';

interface DemoLogin {
  role: DemoRole;
  email: string;
  password: string;
}

function demoLogins(): readonly DemoLogin[] {
  // Jest runs tests as CommonJS without dynamic import(); the build is CommonJS too.
  const built = createRequire(__filename)(join(BUILT_SEED, 'demo-users.js')) as {
    DEMO_USERS: DemoLogin[];
  };
  return built.DEMO_USERS;
}

/** The e-mail and password of the demo user of `role`. */
export function demoLogin(role: DemoRole): DemoLogin {
  const user = demoLogins().find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user has the role ${role}`);
  return user;
}

export interface AdminBrowser {
  browser: Browser;
  /** Where the built api serves the built panel and `/api`. */
  baseUrl: string;
  /** The fixture's database, for what a test sets up or reads beside the panel; closed with it. */
  database: Pool;
  /** A new page, signed in as the demo user of `role`, on the dashboard. */
  signedIn(role: DemoRole, options?: PageOptions): Promise<Page>;
  newPage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  /**
   * The browser's language; the panel starts in it when it has it, and a signed-in page in the
   * user's own language, which signedIn sets to match (Indonesian for `id…`, English otherwise).
   */
  locale?: string;
  /** The browser's clock's zone (an IANA name); UTC unless given, whatever the machine's. */
  timezoneId?: string;
}

/**
 * The real panel build served by the real api over a fresh database holding the demo foundation
 * (`npm run seed`), in Debian's Chromium. One per test file: start it in `beforeAll` (allow a
 * minute: api, seed, first Chromium) and close it in `afterAll`.
 */
export async function startAdminBrowser(): Promise<AdminBrowser> {
  if (!existsSync(ADMIN_BUILD)) {
    throw new Error(`${ADMIN_BUILD} is missing: build the admin first (npx nx run admin:build)`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const databaseUrl = freshDatabaseUrl();
  const port = await freePort();
  const api = BuiltApp.start(BUILT_MAIN.api, {
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: loadConfig(process.env).redisUrl,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await api.waitForHttp(`${baseUrl}/api/health`);
  await promisify(execFile)(process.execPath, [join(BUILT_SEED, 'seed.main.js')], {
    cwd: REPOSITORY_ROOT,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: loadConfig(process.env).redisUrl,
    },
  });
  const database = new Pool({ connectionString: databaseUrl, max: 1 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });

  const newPage = ({
    width = 1280,
    height = 800,
    locale = 'en-GB',
    timezoneId = 'UTC',
  }: PageOptions = {}) => browser.newPage({ viewport: { width, height }, locale, timezoneId });

  return {
    browser,
    baseUrl,
    database,
    newPage,
    async signedIn(role, options) {
      const user = demoLogin(role);
      // Each test says the language it reads; one test's pick must not leak into the next.
      const language = (options?.locale ?? 'en').startsWith('id') ? 'id' : 'en';
      await database.query('UPDATE users SET locale = $1 WHERE email = $2', [language, user.email]);
      const page = await newPage(options);
      await page.goto(`${baseUrl}/#/login`);
      await page.getByLabel(/email/i).fill(user.email);
      await page
        .getByLabel(/password|kata sandi/i)
        .first()
        .fill(user.password);
      await page.getByRole('button', { name: /sign in|masuk/i }).click();
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      return page;
    },
    async close() {
      await database.end();
      await browser.close();
      await stopBuiltApps();
      await dropTestDatabases();
    },
  };
}
