import { type AdminBrowser, startAdminBrowser } from '../support/admin-browser';

describe("the panel's language, kept with the user", () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('follows a user who picked Indonesian to another browser, whatever its language', async () => {
    const first = await admin.signedIn('viewer');
    await first.getByRole('menuitem', { name: 'Cases' }).waitFor();
    await first.getByRole('button', { name: 'English' }).click();
    await first.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await first.getByRole('menuitem', { name: 'Kasus' }).waitFor();
    await first.close();

    // Another device: a fresh browser profile in English, signing in by hand.
    const other = await admin.newPage({ locale: 'en-GB' });
    await other.goto(`${admin.baseUrl}/#/login`);
    await other.getByLabel('Email').fill('viewer@berdaya.test');
    await other.getByLabel('Password').first().fill('demo-viewer-berdaya');
    await other.getByRole('button', { name: 'Sign in' }).click();

    await other.getByRole('menuitem', { name: 'Kasus' }).waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('id');
    await other.close();
  });
});
