import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';
import { blockingViolations } from '../support/axe';

const csvFile = (rows: string[]) => ({
  name: 'wilayah.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['code,name,level', ...rows].join('\n') + '\n'),
});

const NEW_VILLAGE = '33.01.01.2101,Sukamaju Uji,village';

const openDayeuhluhur = async (page: Page) => {
  await page.getByRole('button', { name: /Jawa Tengah/ }).click();
  await page.getByRole('button', { name: /Kabupaten Cilacap/ }).click();
  await page.getByRole('button', { name: /Dayeuhluhur/ }).click();
};

describe('regions: the tree and the CSV import', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('shows the tree opened level by level and finds regions by name or code', async () => {
    const page = await admin.signedIn('admin');
    await page.goto(`${admin.baseUrl}/#/regions`);
    await openDayeuhluhur(page);
    await page.getByText('33.01.01.2001 · Village').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'regions-tree-en-1280.png'), fullPage: true });
    expect(await blockingViolations(page, '#main-content')).toEqual([]);

    await page.getByLabel('Search by name or code').fill('52.01');
    await page.getByText('Kabupaten Lombok Barat').waitFor();
    await page.close();
  });

  it('previews a file with a bad row without writing anything, then imports the corrected file', async () => {
    const page = await admin.signedIn('admin');
    await page.goto(`${admin.baseUrl}/#/regions`);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import regions from CSV' }).waitFor();

    await page
      .getByLabel('CSV file')
      .setInputFiles(csvFile([NEW_VILLAGE, '33.01.01.21x,Salah Kode,village']));
    await page.getByText('1 problem in the file: nothing was written.', { exact: false }).waitFor();
    const problem = page.getByRole('row', { name: /33\.01\.01\.21x/ });
    await expect(problem.getByRole('cell').allInnerTexts()).resolves.toEqual([
      '3',
      'code',
      '33.01.01.21x',
      expect.stringContaining('Not an official region code'),
    ]);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'region-import-en-1280.png'), fullPage: true });
    expect(await blockingViolations(page, '#main-content')).toEqual([]);

    // The dry run wrote nothing: the good row's village is not there.
    await page.goto(`${admin.baseUrl}/#/regions`);
    await page.getByLabel('Search by name or code').fill('Sukamaju Uji');
    await page.getByText('No region matches "Sukamaju Uji"').waitFor();

    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page
      .getByLabel('CSV file')
      .setInputFiles(csvFile([NEW_VILLAGE, '33.01.01.2102,Salah Kode Dibetulkan,village']));
    await page.getByText('2 regions will be added', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Regions imported: 2 added, 0 renamed').waitFor();

    await page.waitForURL((url) => url.hash === '#/regions');
    await openDayeuhluhur(page);
    await page.getByText('Sukamaju Uji').waitFor();
    await page.getByText('33.01.01.2101 · Village').waitFor();
    await page.close();
  });

  it('fits a phone-sized screen', async () => {
    const page = await admin.signedIn('admin', { width: 360, height: 740 });
    await page.goto(`${admin.baseUrl}/#/regions`);
    await openDayeuhluhur(page);
    await page.getByText('33.01.01.2001 · Village').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'regions-tree-en-360.png') });
    await page.close();
  });

  it('speaks Indonesian', async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/regions`);
    await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
    await page.getByRole('button', { name: /Nusa Tenggara Barat/ }).click();
    await page.getByText('52.01 · Kabupaten/kota').waitFor();
    await page.getByRole('link', { name: 'Impor CSV' }).waitFor();
    await page.close();
  });

  it("says an import file's problems in Indonesian, each in its column", async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/regions`);
    await page.getByRole('link', { name: 'Impor CSV' }).click();
    await page
      .getByLabel('Berkas CSV')
      .setInputFiles(csvFile(['33.01.01.2103,Salah Tingkat,district', '33.01.01.2104,,village']));
    // The preview shows once the api's dry run has answered.
    await page.getByRole('row', { name: /33\.01\.01\.2103/ }).waitFor();
    await expect(
      page
        .getByRole('row', { name: /33\.01\.01\.2103/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).resolves.toEqual([
      '2',
      'tingkat',
      '33.01.01.2103',
      'Tingkat tertulis Kecamatan, tetapi kodenya kode Desa/kelurahan',
    ]);
    await expect(
      page
        .getByRole('row', { name: /33\.01\.01\.2104/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).resolves.toEqual(['3', 'nama', '33.01.01.2104', 'Nama kosong']);
    await page.close();
  });
});
