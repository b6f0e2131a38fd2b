import type { Page } from 'playwright-core';
import { type AdminBrowser, startAdminBrowser } from '../support/admin-browser';

const CASES = 100_000;

const FIRST_ROW = 'table tbody tr, .RaSimpleList-root li';

/**
 * When the case list shows its first row, in the page's own clock (milliseconds since its
 * navigation started), checked on every animation frame: a locator's wait checks ever more
 * rarely, and would add up to half a second.
 */
async function firstRowAt(page: Page): Promise<number> {
  const at = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : false),
    FIRST_ROW,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await at.jsonValue()) as number;
}

// Measured and printed, not a timed test (the target is under a second): the figure depends on
// the machine and what else runs on it.
describe('the case list over 100,000 cases', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
    // Copies of the demo cases, spread over the demo villages and facilitators, so each role's
    // scope holds its share of them.
    await admin.database.query(
      `WITH template AS (
           SELECT c.*, row_number() OVER (ORDER BY c.id) - 1 AS n, count(*) OVER () AS templates
             FROM cases c)
         INSERT INTO cases (program_id, region_id, group_name, group_type, approach, recommended_approach,
           approach_reason, intake, workflow_definition_id, workflow_definition_version, snapshot, stage,
           status, stage_entered_at, started_on, next_visit_due, facilitator_id, updated_at)
         SELECT t.program_id, t.region_id, t.group_name || ' ' || g, t.group_type, t.approach,
                t.recommended_approach, t.approach_reason, t.intake, t.workflow_definition_id,
                t.workflow_definition_version, t.snapshot, t.stage, t.status, t.stage_entered_at,
                t.started_on, t.next_visit_due, t.facilitator_id, t.updated_at - make_interval(mins => g)
           FROM generate_series(1, $1::int) g
           JOIN template t ON t.n = g % t.templates`,
      [CASES],
    );
    await admin.database.query('VACUUM ANALYZE cases');
  }, 180_000);

  afterAll(() => admin?.close());

  it.each(['admin', 'facilitator'] as const)(
    'shows the first page to the %s, and says how fast',
    async (role) => {
      const page = await admin.signedIn(role);
      // From the click: the panel is loaded, the list's code too once the browser was idle, and
      // the dashboard's own reads of cases are done.
      await page.waitForTimeout(2_000);
      const total = page.waitForResponse((response) => /\/api\/cases\?/.test(response.url()));
      const clickedAt = await page.evaluate(() => performance.now());
      await page.getByRole('menuitem', { name: 'Cases' }).click();
      const fromMenu = Math.round((await firstRowAt(page)) - clickedAt);
      const range = (await total).headers()['content-range'];
      // A cold load: the whole panel, its sign-in check and the list, from navigation start.
      await page.goto('about:blank');
      await page.goto(`${admin.baseUrl}/#/cases`);
      const cold = Math.round(await firstRowAt(page));
      process.stdout.write(
        `case list over ${CASES.toLocaleString('en')} cases, as ${role}: first page in ${fromMenu} ms from the menu, ${cold} ms on a cold load (target < 1000 ms; ${range})\n`,
      );
      expect(Number(range?.split('/')[1])).toBeGreaterThan(role === 'admin' ? CASES : 0);
      await page.close();
    },
  );
});
