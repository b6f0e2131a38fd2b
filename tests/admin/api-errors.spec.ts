import { join } from 'node:path';
import {
  type AdminBrowser,
  ARTIFACTS,
  demoLogin,
  startAdminBrowser,
} from '../support/admin-browser';

// The api words its refusals in English and names each by a code; the panel says them in the
// user's language. Each case here is a refusal only the api makes, seen in Indonesian.
describe("the api's refusals, in Indonesian", () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('says a refused sign-in', async () => {
    const page = await admin.newPage({ locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/`);
    await page.getByLabel(/email/i).fill(demoLogin('supervisor').email);
    await page.getByLabel('Kata sandi').first().fill('not-the-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('E-mail atau kata sandi salah').waitFor();
    expect(await page.getByText('The e-mail or the password is wrong').count()).toBe(0);
    await page.close();
  });

  it("says under the field why a program's settings are refused, naming the other field", async () => {
    const page = await admin.signedIn('programManager', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/programs`);
    await page.getByRole('cell', { name: 'Desa Berdaya Jawa Tengah' }).click();
    await page.getByLabel('Pengingat persetujuan (hari)').fill('10');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByText('Minimal sama dengan Pengingat persetujuan (hari): 10', { exact: true })
      .waitFor();
    expect(await page.getByLabel('Eskalasi persetujuan (hari)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.close();
  });

  it('says under the field why a logged visit is refused, on a phone', async () => {
    const page = await admin.signedIn('facilitator', {
      width: 360,
      height: 740,
      locale: 'id-ID',
    });
    await page.goto(`${admin.baseUrl}/#/visits`);
    const logLink = page.getByRole('link', { name: /^Catat kunjungan: / }).first();
    await logLink.click();
    await page.getByRole('button', { name: 'Pemantauan' }).click();
    await page.getByLabel('Jumlah peserta').fill('12');
    await page.getByLabel('Di antaranya perempuan').fill('15');
    await page.getByRole('button', { name: /^Pemercepat perubahan/ }).click();
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await page
      .getByText('Tidak boleh lebih dari jumlah peserta: perempuan termasuk di antara peserta')
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'visit-log-refused-id-360.png') });
    await page.close();
  });
});
