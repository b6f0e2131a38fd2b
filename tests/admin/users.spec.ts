import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callApiAsAdmin, listQuery } from '../support/admin-api';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';
import { blockingViolations } from '../support/axe';

const NEW_FACILITATOR = {
  email: 'wulan.wanareja@berdaya.test',
  password: 'pendamping-wanareja-2026',
  fullName: 'Wulan Sari',
};

/** The total in react-admin's pagination ("1-25 of 180", "1-25 dari 180"). */
async function listTotal(page: Page): Promise<number> {
  const text = await page
    .getByText(/^\d+-\d+ (of|dari) \d+$/)
    .first()
    .innerText();
  return Number(/(\d+)$/.exec(text.trim())?.[1]);
}

describe('users: accounts, roles and assignments', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  /** A list of the api as the demo admin: its first row and the Content-Range total. */
  const adminList = async (resource: string, filter: object) => {
    const { json, total } = await callApiAsAdmin<{ id: string }[]>(
      admin.baseUrl,
      'GET',
      `/${resource}?${listQuery(filter, undefined, [0, 0])}`,
    );
    return { rows: json, total: Number(total) };
  };

  it('creates a facilitator for one program and one district, who then sees only those cases', async () => {
    const page = await admin.signedIn('admin');
    await page.goto(`${admin.baseUrl}/#/users`);
    await page.getByRole('cell', { name: 'admin@berdaya.test' }).waitFor();
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByRole('textbox', { name: /^E-mail/ }).fill(NEW_FACILITATOR.email);
    await page.getByRole('textbox', { name: /^Full name/ }).fill(NEW_FACILITATOR.fullName);
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Facilitator' }).click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByLabel('Password').first().fill(NEW_FACILITATOR.password);
    await page.getByRole('combobox', { name: 'Programs' }).fill('Desa Berdaya');
    await page.getByRole('option', { name: 'Desa Berdaya Jawa Tengah' }).click();
    await page.getByRole('combobox', { name: 'Regions' }).fill('Wanareja');
    await page.getByRole('option', { name: 'Wanareja (33.01.02)' }).click();
    expect(await blockingViolations(page, '#main-content')).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();

    const row = page.getByRole('row', { name: new RegExp(NEW_FACILITATOR.email) });
    await row.getByText('Facilitator').waitFor();
    await row.getByText('Desa Berdaya Jawa Tengah').waitFor();
    await row.getByText('Wanareja (33.01.02)').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'users-en-1280.png'), fullPage: true });
    await page.close();

    // What the facilitator should see: the program's cases in the district, as the admin counts them.
    const [program] = (await adminList('programs', { name: 'Desa Berdaya Jawa Tengah' })).rows;
    const [district] = (await adminList('regions', { code: '33.01.02' })).rows;
    const inScope = await adminList('cases', { programId: program.id, regionId: district.id });
    const everything = await adminList('cases', {});
    expect(inScope.total).toBeGreaterThan(0);
    expect(inScope.total).toBeLessThan(everything.total);

    const facilitator = await admin.newPage();
    await facilitator.goto(`${admin.baseUrl}/#/login`);
    await facilitator.getByLabel(/email/i).fill(NEW_FACILITATOR.email);
    await facilitator
      .getByLabel(/password/i)
      .first()
      .fill(NEW_FACILITATOR.password);
    await facilitator.getByRole('button', { name: /sign in/i }).click();
    await facilitator.waitForURL((url) => !url.hash.startsWith('#/login'));
    await facilitator.goto(`${admin.baseUrl}/#/cases`);
    await facilitator
      .getByText(/^\d+-\d+ of \d+$/)
      .first()
      .waitFor();
    expect(await listTotal(facilitator)).toBe(inScope.total);
    expect(await facilitator.getByRole('menuitem', { name: 'Users' }).count()).toBe(0);
    await facilitator.close();
  });

  it('names roles in Indonesian and refuses a short password before sending it', async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/users`);
    const row = page.getByRole('row', { name: /facilitator@berdaya\.test/ });
    await row.getByText('Pendamping').waitFor();
    await page.getByRole('link', { name: 'Buat' }).click();
    await page.getByRole('textbox', { name: /^Email/ }).waitFor();
    await page.getByLabel('Kata sandi').first().fill('pendek');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kata sandi minimal 12 karakter').waitFor();
    await page.close();
  });
});
