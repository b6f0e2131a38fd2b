/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callApiAsAdmin, listQuery } from '../support/admin-api';
import { ARTIFACTS, type AdminBrowser, startAdminBrowser } from '../support/admin-browser';
import { pickVillage } from '../support/admin-pickers';

/** The total in react-admin's pagination ("1-25 of 180", "1-25 dari 180"). */
async function listTotal(page: Page): Promise<number> {
  const text = await page
    .getByText(/^\d+-\d+ (of|dari) \d+$/)
    .first()
    .innerText();
  return Number(/(\d+)$/.exec(text.trim())![1]);
}

/** Waits until the list's total is no longer `before`, and answers the new one. */
async function totalChangedFrom(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (previous) =>
      Array.from(document.querySelectorAll('p, span, div')).some((element) => {
        const match = /^\d+-\d+ (of|dari) (\d+)$/.exec(element.textContent?.trim() ?? '');
        return match !== null && Number(match[2]) !== previous;
      }),
    before,
  );
  return listTotal(page);
}

describe('cases: the list and the intake', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('lets a facilitator filter by region, stage and text, and export what is selected', async () => {
    const page = await admin.signedIn('facilitator');
    await page.goto(`${admin.baseUrl}/#/cases`);
    await page.getByRole('columnheader', { name: 'Community' }).waitFor();
    const all = await listTotal(page);
    expect(all).toBeGreaterThan(25);
    await page.screenshot({ path: join(ARTIFACTS, 'cases-list-en-1280.png') });

    // A district in the region tree: the cases of every village under it.
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Village / region' }).click();
    await page.getByRole('button', { name: 'Choose', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Choose a region' });
    await page.getByRole('button', { name: 'Show the regions in Jawa Tengah' }).click();
    await page.getByRole('button', { name: 'Show the regions in Kabupaten Cilacap' }).click();
    await picker.getByRole('button', { name: /District · 33\.01\.01$/ }).click();
    const inDistrict = await totalChangedFrom(page, all);
    expect(inDistrict).toBeGreaterThan(0);
    expect(inDistrict).toBeLessThan(all);

    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Dialogue', exact: true }).click();
    const inDialogue = await totalChangedFrom(page, inDistrict);
    expect(inDialogue).toBeGreaterThan(0);
    expect(inDialogue).toBeLessThan(inDistrict);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe(
      'id,program,village code,village name,group name,group type,stage,stage label,status,approach,facilitator email,next visit due,overdue,updated at',
    );
    expect(lines).toHaveLength(inDialogue + 1);

    const firstCommunity = await page.locator('tbody tr td.column-groupName').first().innerText();
    await page.getByRole('textbox', { name: 'Search' }).fill(firstCommunity);
    const searched = await totalChangedFrom(page, inDialogue);
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan(inDialogue);
    await page.close();
  });

  it('enrols a community through the intake, the recommendation following the answers', async () => {
    const page = await admin.signedIn('facilitator');
    await page.goto(`${admin.baseUrl}/#/cases/create`);
    await page.getByLabel(/^Program/).click();
    await page.getByRole('option', { name: 'Desa Berdaya Jawa Tengah' }).click();

    // First a village of a district the facilitator does not work in (Klaten): the api refuses it.
    await pickVillage(page, '33.10.01.2001');

    await page.getByLabel(/^Community/).fill('Kelompok Wanita Tani Melati');
    await page.getByLabel(/^Group/).click();
    await page.getByRole('option', { name: "Women's group" }).click();

    const recommendation = (text: RegExp) =>
      page.getByRole('status').filter({ hasText: text }).waitFor();
    await recommendation(/Answer the intake questions/);
    for (const question of ['Solidarity', 'Trust between members', 'Binding norms']) {
      await page
        .getByRole('group', { name: new RegExp(`^${question}`) })
        .getByLabel('Medium')
        .check();
    }
    await recommendation(/Recommended approach: Technical assistance/);
    await page.getByLabel(/influential local leader is present/).check();
    await recommendation(
      /Recommended approach: Self-help.*local leader is present and enthusiastic/,
    );

    await page.getByRole('radio', { name: 'Technical assistance' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText('A reason is required to choose another approach than recommended')
      .waitFor();
    await page
      .getByLabel(/^Reason for choosing the other approach/)
      .fill('The leader is about to leave the village for a year.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Is not a program you work in, for that region').waitFor();
    await pickVillage(page, '33.01.01.2001');
    await page.screenshot({ path: join(ARTIFACTS, 'case-create-en-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show/);

    const id = /#\/cases\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    const created = (await callApiAsAdmin(admin.baseUrl, 'GET', `/cases/${id}`)).json;
    expect(created).toMatchObject({
      groupName: 'Kelompok Wanita Tani Melati',
      groupType: 'women',
      approach: 'technicalAssistance',
      recommendedApproach: 'selfHelp',
      approachOverrideReason: 'The leader is about to leave the village for a year.',
    });
    await page.close();
  });

  it('lets a supervisor hand two cases to another facilitator', async () => {
    const asAdmin = <T>(path: string) => callApiAsAdmin<T>(admin.baseUrl, 'GET', path);
    const [agus] = (
      await asAdmin<{ id: string }[]>(`/users?${listQuery({ email: 'facilitator@berdaya.test' })}`)
    ).json;
    const programs = (await asAdmin<{ id: string }[]>('/programs')).json;
    const regions = (
      await asAdmin<{ id: string }[]>(`/regions?${listQuery({ code: ['33.01.01', '52.01.01'] })}`)
    ).json;
    const wayan = (
      await callApiAsAdmin<{ id: string }>(admin.baseUrl, 'POST', '/users', {
        email: 'wayan@berdaya.test',
        password: 'wayan-facilitator-berdaya',
        fullName: 'Wayan Sudarsana',
        role: 'facilitator',
        locale: 'en',
        programIds: programs.map((program) => program.id),
        regionIds: regions.map((region) => region.id),
      })
    ).json;

    const page = await admin.signedIn('supervisor');
    await page.goto(`${admin.baseUrl}/#/cases?${listQuery({ facilitatorId: agus.id })}`);
    await page.getByRole('columnheader', { name: 'Community' }).waitFor();
    // react-admin names the checkbox's wrapper, not the input, so the row is found by its place.
    const rows = page.locator('tbody input[type="checkbox"]');
    await rows.nth(0).check();
    await rows.nth(1).check();
    await page.getByRole('button', { name: 'Reassign facilitator' }).click();
    const dialog = page.getByRole('dialog', { name: /Give 2 cases to another facilitator/ });
    await dialog.getByLabel(/New facilitator/).fill('Wayan');
    await page.getByRole('option', { name: 'Wayan Sudarsana' }).click();
    await dialog.getByRole('button', { name: 'Reassign' }).click();
    await page.getByText('2 cases reassigned').waitFor();

    const given = await asAdmin(`/cases?${listQuery({ facilitatorId: wayan.id })}`);
    expect(given.total).toBe(2);
    await page.close();
  });

  it("dates a case's last change in its program's time zone, not the reader's", async () => {
    // 20:00 UTC on 21 November is already 22 November in Central Java (WIB, UTC+7).
    const { rows } = await admin.database.query<{ id: string; groupName: string }>(
      `UPDATE cases SET group_name = 'Kelompok Zona Waktu', updated_at = '2026-11-21T20:00:00Z'
        WHERE id = (SELECT c.id FROM cases c JOIN programs p ON p.id = c.program_id
                     WHERE p.timezone = 'Asia/Jakarta' ORDER BY c.id LIMIT 1)
        RETURNING id, group_name AS "groupName"`,
    );
    const page = await admin.signedIn('admin', { timezoneId: 'America/New_York' });
    await page.goto(`${admin.baseUrl}/#/cases?${listQuery({ q: rows[0].groupName })}`);

    const row = page.getByRole('row').filter({ hasText: rows[0].groupName });
    await row.getByRole('cell', { name: '22 Nov 2026' }).waitFor();
    await page.close();
  });

  it('shows the list in Indonesian, and as a simple list on a phone without sideways scroll', async () => {
    const desk = await admin.signedIn('facilitator', { locale: 'id-ID' });
    await desk.goto(`${admin.baseUrl}/#/cases`);
    for (const header of ['Komunitas', 'Desa / wilayah', 'Tahap', 'Pendekatan', 'Pendamping']) {
      await desk.getByRole('columnheader', { name: header }).waitFor();
    }
    await desk
      .getByRole('cell', { name: /^(Aktif|Ditunda|Selesai|Mundur)$/ })
      .first()
      .waitFor();
    await desk.close();

    const phone = await admin.signedIn('facilitator', { width: 360, height: 740, locale: 'id-ID' });
    await phone.goto(`${admin.baseUrl}/#/cases`);
    await phone.locator('a[href^="#/cases/"]').first().waitFor();
    expect(await phone.getByRole('table').count()).toBe(0);
    const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: join(ARTIFACTS, 'cases-list-id-360.png') });
    await phone.close();
  });
});
