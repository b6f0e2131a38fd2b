import { type AdminBrowser, startAdminBrowser } from '../support/admin-browser';

describe('the panel around the pages', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('shows each role the resources it works with, and the admin everything', async () => {
    const menuOf = async (role: 'facilitator' | 'admin') => {
      const page = await admin.signedIn(role);
      await page.getByRole('menuitem', { name: 'Cases' }).waitFor();
      const names = await page.getByRole('menuitem').allInnerTexts();
      await page.close();
      return names.map((name) => name.trim());
    };
    const facilitator = await menuOf('facilitator');
    expect(facilitator).toEqual(expect.arrayContaining(['Cases', 'Approvals', 'Visits']));
    expect(facilitator).not.toContain('Users');
    expect(await menuOf('admin')).toEqual(expect.arrayContaining(['Cases', 'Users', 'Workflows']));
  });
});
