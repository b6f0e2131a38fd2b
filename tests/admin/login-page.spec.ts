import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

// The real admin build, served by the real api, in Debian's Chromium.
describe('the admin panel in a browser', () => {
  let admin: AdminBrowser;
  let baseUrl: string;

  beforeAll(async () => {
    admin = await startAdminBrowser();
    baseUrl = admin.baseUrl;
  }, 120_000);

  afterAll(() => admin?.close());

  async function openLogin(width: number, height: number, locale = 'en-GB'): Promise<Page> {
    const page = await admin.newPage({ width, height, locale });
    await page.goto(`${baseUrl}/`);
    await page.getByLabel(/email/i).waitFor();
    return page;
  }

  it('sends a visitor who is not signed in to the login page, once', async () => {
    const page = await admin.newPage();
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
