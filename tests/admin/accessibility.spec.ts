/// <reference lib="dom" />
import { join } from 'node:path';
import {
  type AdminBrowser,
  ARTIFACTS,
  type DemoRole,
  startAdminBrowser,
} from '../support/admin-browser';
import { blockingViolations } from '../support/axe';

describe('the main pages, checked by axe-core', () => {
  let admin: AdminBrowser;
  let caseId: string;

  beforeAll(async () => {
    admin = await startAdminBrowser();
    // A case the facilitator sees: in one of their districts, of a program of theirs.
    const { rows } = await admin.database.query<{ id: string }>(
      `SELECT c.id FROM cases c
           JOIN regions r ON r.id = c.region_id
           JOIN user_regions ur ON r.path LIKE (SELECT path FROM regions WHERE id = ur.region_id) || '%'
           JOIN users u ON u.id = ur.user_id AND u.email = 'facilitator@berdaya.test'
           JOIN user_programs up ON up.user_id = u.id AND up.program_id = c.program_id
          WHERE c.status = 'active' ORDER BY c.created_at LIMIT 1`,
    );
    caseId = rows[0].id;
  }, 120_000);

  afterAll(() => admin?.close());

  it('finds no serious or critical violation on the login page', async () => {
    const page = await admin.newPage();
    await page.goto(`${admin.baseUrl}/#/login`);
    await page.getByLabel(/email/i).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.close();
  });

  const pages: [DemoRole, string, () => string][] = [
    ['facilitator', 'dashboard', () => '#/'],
    ['programManager', 'dashboard', () => '#/'],
    ['facilitator', 'case list', () => '#/cases'],
    // With the row checkboxes of bulk reassignment.
    ['supervisor', 'case list', () => '#/cases'],
    ['facilitator', 'case intake', () => '#/cases/create'],
    ['facilitator', 'case page', () => `#/cases/${caseId}/show`],
    ['supervisor', 'approvals inbox', () => '#/transition-requests'],
    ['facilitator', 'visits agenda', () => '#/visits'],
    ['admin', 'regions', () => '#/regions'],
    ['admin', 'programs', () => '#/programs'],
    ['admin', 'workflow definitions', () => '#/workflow-definitions'],
    ['admin', 'users', () => '#/users'],
    ['facilitator', 'notifications', () => '#/notifications'],
  ];

  it.each(pages)('finds none for the %s on the %s', async (role, name, route) => {
    const page = await admin.signedIn(role);
    await page.goto(`${admin.baseUrl}/${route()}`);
    await page.waitForLoadState('networkidle');
    // react-admin shows a progress bar while a page's data loads: check the page, not its skeleton.
    await page
      .locator('[role="progressbar"]')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await page.screenshot({ path: join(ARTIFACTS, `a11y-${name.replace(/ /g, '-')}-${role}.png`) });
    expect(await blockingViolations(page)).toEqual([]);
    await page.close();
  });
});
