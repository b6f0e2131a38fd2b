/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

const PHONE = { width: 360, height: 740 };

const hasSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the visit agenda on a phone', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('lets a facilitator log a visit in a few taps and shows the next due date', async () => {
    const page = await admin.signedIn('facilitator', PHONE);

    // The menu is a drawer behind the app bar's button on a phone.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('menuitem', { name: 'Visits' }).click();
    await page.getByRole('heading', { name: 'Overdue visits' }).waitFor();
    const overdueSection = page.getByRole('region', { name: 'Overdue visits' });
    expect(await overdueSection.getByText('Overdue', { exact: true }).count()).toBeGreaterThan(0);
    expect(await hasSidewaysScroll(page)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'visits-agenda-en-360.png') });

    const logLink = page.getByRole('link', { name: /^Log visit: / }).first();
    const caseName = (await logLink.getAttribute('aria-label'))?.replace(/^Log visit: /, '') ?? '';
    await logLink.click();
    await page.getByRole('heading', { name: caseName }).first().waitFor();

    await page.getByRole('button', { name: 'Monitoring' }).click();
    await page.getByLabel('Participants').fill('12');
    await page.getByLabel('Of whom women').fill('15');
    await page.getByRole('button', { name: 'Enabler' }).click();
    await page.getByLabel('Follow-up actions agreed').fill('Draft the group savings rules.');
    expect(await hasSidewaysScroll(page)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'visit-log-en-360.png') });

    // The api refuses more women than participants, and the form says so on the field.
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Cannot be more than the participants').waitFor();

    await page.getByLabel('Of whom women').fill('7');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Visit logged.').waitFor();
    await page.getByText(/^Next visit due: .+\d{4}$/).waitFor();
    expect(await hasSidewaysScroll(page)).toBe(false);

    await page.getByRole('link', { name: 'Back to the agenda' }).click();
    await page.getByRole('heading', { name: 'Overdue visits' }).waitFor();
    await page.close();
  });

  it('marks a visit missed from the agenda, in Indonesian', async () => {
    const page = await admin.signedIn('facilitator', { ...PHONE, locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/visits`);
    const firstItem = page.getByRole('listitem').filter({
      has: page.getByRole('button', { name: 'Tandai terlewat' }),
    });
    await firstItem.first().waitFor();
    const before = await firstItem.count();
    await firstItem.first().getByRole('button', { name: 'Tandai terlewat' }).click();
    await page.getByText('Kunjungan ditandai terlewat.').waitFor();
    await page.waitForFunction(
      (count) =>
        Array.from(document.querySelectorAll('li')).filter((item) =>
          item.textContent?.includes('Tandai terlewat'),
        ).length < count,
      before,
    );
    await page.close();
  });
});
