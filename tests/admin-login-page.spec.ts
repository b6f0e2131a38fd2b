/// <reference lib="dom" />
import { loadConfig } from '@berdaya/config';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUILT_MAIN, BuiltApp, REPOSITORY_ROOT, stopBuiltApps } from './support/built-app';
import { freePort } from './support/free-port';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-database';

// The real admin build, served by the real api, in Debian's Chromium.
const ADMIN_BUILD = join(REPOSITORY_ROOT, 'dist/apps/admin/index.html');
const ARTIFACTS = join(REPOSITORY_ROOT, 'tests/artifacts');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the admin panel in a browser', () => {
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(ADMIN_BUILD)) {
      throw new Error(`${ADMIN_BUILD} is missing: build the admin first (npx nx run admin:build)`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const port = await freePort();
    const api = BuiltApp.start(BUILT_MAIN.api, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: freshDatabaseUrl(),
      REDIS_URL: loadConfig(process.env).redisUrl,
    });
    baseUrl = `http://127.0.0.1:${port}`;
    await api.waitForHttp(`${baseUrl}/api/health`);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // Starting the api and a first Chromium on a busy machine (fonts cached on first run) can take
    // well over Jest's default five seconds; a timed-out hook would leave the browser running.
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stopBuiltApps();
    await dropTestDatabases();
  });

  async function openLogin(width: number, height: number, locale = 'en-GB'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, locale });
    await page.goto(`${baseUrl}/`);
    await page.getByLabel(/email/i).waitFor();
    return page;
  }

  it('sends a visitor who is not signed in to the login page, once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let navigations = 0;
    page.on('framenavigated', () => navigations++);
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email').waitFor();
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(`${baseUrl}/#/login`);
    // A guard that keeps redirecting to the page it is on renders the form but burns the CPU.
    expect(navigations).toBeLessThan(10);
    expect(await page.getByRole('heading', { name: 'Berdaya' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    expect(await page.getByLabel('Password').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'login-en-1280.png') });
    await page.close();
  });

  it('switches to Indonesian and remembers the choice', async () => {
    const page = await openLogin(1280, 800);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await page.getByLabel('Kata sandi').first().isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.reload();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'login-id-1280.png') });
    await page.close();
  });

  it('fits a phone-sized screen without scrolling sideways', async () => {
    const page = await openLogin(360, 740);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'login-en-360.png') });
    await page.close();
  });
});
