import { join } from 'node:path';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';
import { blockingViolations } from '../support/axe';

describe('programs: the settings form', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('lets the program manager change the grace days, and shows the api refusing a reminder after the escalation on its field', async () => {
    const page = await admin.signedIn('programManager');
    await page.goto(`${admin.baseUrl}/#/programs`);
    await page.getByRole('cell', { name: 'Desa Berdaya Jawa Tengah' }).click();
    await page.getByLabel('Overdue grace (days)').waitFor();
    await expect(page.getByLabel('Time zone').textContent()).resolves.toContain('WIB');
    await expect(page.getByLabel('Workflow version').textContent()).resolves.toContain('Version 1');

    await page.getByLabel('Overdue grace (days)').fill('5');
    await page.getByLabel('Approval reminder (days)').fill('10');
    await page.getByRole('button', { name: 'Save' }).click();

    // The api checks the order (reminder, escalation, expiry) and names the escalation field.
    const escalation = page.getByLabel('Approval escalation (days)');
    await page
      .getByText('Must be at least Approval reminder (days): 10', { exact: false })
      .waitFor();
    await expect(escalation.getAttribute('aria-invalid')).resolves.toBe('true');
    await escalation.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'program-edit-en-1280.png') });
    expect(await blockingViolations(page, '#main-content')).toEqual([]);

    await page.getByLabel('Approval reminder (days)').fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Element updated').waitFor();
    await page.getByRole('cell', { name: 'Desa Berdaya Jawa Tengah' }).click();
    await expect(page.getByLabel('Overdue grace (days)').inputValue()).resolves.toBe('5');
    await page.close();
  });

  it('offers schedule presets and the three Indonesian time zones, in Indonesian', async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/programs`);
    await page.getByRole('cell', { name: 'Lumbung Pangan Lombok' }).click();
    await page.getByLabel('Jadwal evaluasi', { exact: true }).click();
    await page.getByRole('option', { name: 'Setiap triwulan, tanggal 1' }).click();
    await expect(page.getByLabel('Jadwal evaluasi (cron)').inputValue()).resolves.toBe(
      '0 8 1 */3 *',
    );
    await page.getByLabel('Zona waktu').click();
    await page.getByRole('option').first().waitFor();
    const zones = await page.getByRole('option').allInnerTexts();
    expect(zones).toEqual([
      'WIB: Waktu Indonesia Barat (UTC+7)',
      'WITA: Waktu Indonesia Tengah (UTC+8)',
      'WIT: Waktu Indonesia Timur (UTC+9)',
    ]);
    await page.close();
  });
});
