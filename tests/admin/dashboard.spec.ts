import type { ProgramIndicators } from '@berdaya/empowerment';
import { join } from 'node:path';
import { callApi, listQuery } from '../support/admin-api';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

interface ApiCase {
  id: string;
  programId: string;
  stage: string;
  stageLabel: { en: string; id: string };
  version: number;
  groupName: string;
  allowedEvents: { event: string; requiresApproval: boolean; checklist: string[] }[];
}

interface ApiProgram {
  id: string;
  name: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Figures as the worker would store them, with the funnel counted from the program's cases. */
function snapshotFigures(stages: { stage: string; cases: number }[]): ProgramIndicators {
  const activeCases = stages.reduce((total, stage) => total + stage.cases, 0);
  return {
    casesByStatus: { active: activeCases },
    activeCases,
    stages: stages.map((stage, index) => ({ ...stage, medianDaysInStage: 10 + index })),
    medianDaysInStage: 14,
    overdueVisits: { cases: 3, rate: activeCases ? 3 / activeCases : null },
    approvalTurnaround: { windowDays: 90, decisions: 12, medianHours: 30.5 },
    empowermentIndex: {
      evaluatedCases: activeCases,
      notEvaluatedCases: 0,
      median: 52.5,
      distribution: [
        { level: 'veryLow', from: 0, to: 20, cases: 0 },
        { level: 'low', from: 20, to: 40, cases: 0 },
        { level: 'medium', from: 40, to: 60, cases: activeCases },
        { level: 'high', from: 60, to: 80, cases: 0 },
        { level: 'veryHigh', from: 80, to: 100, cases: 0 },
      ],
      trend: { improving: 2, stable: 1, declining: 0 },
    },
  };
}

describe('the dashboard by role', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it("lists a facilitator's visits due, soonest first and overdue marked, each opening its case", async () => {
    const page = await admin.signedIn('facilitator');
    const visits = page.getByRole('region', { name: 'My visits due' });
    const rows = visits.getByRole('link');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // The demo leaves some visits overdue, and overdue ones come first.
    await visits.getByText('Overdue').first().waitFor();
    // The demo's facilitator asked for some moves the supervisor has not decided yet.
    await page
      .getByRole('region', { name: 'My pending requests' })
      .getByRole('link')
      .first()
      .waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-facilitator-en-1280.png'),
      fullPage: true,
    });

    const groupName = (await rows.first().locator('.MuiListItemText-primary').innerText()).trim();
    await rows.first().click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]+\/show$/);
    const caseId = /#\/cases\/([0-9a-f-]+)\/show$/.exec(page.url())![1];
    const shown = await callApi<ApiCase>(page, 'GET', `/cases/${caseId}`);
    expect(shown.json.groupName).toBe(groupName);
    await page.close();
  });

  it("shows a supervisor the approvals waiting, a request made in the test among them, and the facilitator's own as pending", async () => {
    const facilitator = await admin.signedIn('facilitator');
    const me = await callApi<{ id: string }>(facilitator, 'GET', '/auth/me');
    const cases = await callApi<ApiCase[]>(
      facilitator,
      'GET',
      `/cases?${listQuery({ facilitatorId: me.json.id, status: 'active' }, ['id', 'ASC'], [0, 999])}`,
    );
    let requested: ApiCase | undefined;
    for (const candidate of cases.json) {
      const move = candidate.allowedEvents.find((event) => event.requiresApproval);
      if (!move) continue;
      const answer = await callApi(facilitator, 'POST', `/cases/${candidate.id}/transitions`, {
        event: move.event,
        reason: 'Kelompok siap melangkah ke tahap berikutnya',
        checklist: move.checklist,
        expectedVersion: candidate.version,
      });
      if (answer.status === 201) {
        requested = candidate;
        break;
      }
    }
    expect(requested).toBeDefined();
    // Asked a month ago, it heads both lists (oldest first), whatever the demo's own pending ones.
    await admin.database.query(
      `UPDATE transition_requests SET created_at = now() - interval '30 days'
        WHERE case_id = $1 AND status = 'pending'`,
      [requested!.id],
    );

    await facilitator.reload();
    const mine = facilitator.getByRole('region', { name: 'My pending requests' });
    await mine
      .getByRole('link', { name: new RegExp(escapeRegExp(requested!.groupName)) })
      .waitFor();
    await facilitator.close();

    const page = await admin.signedIn('supervisor');
    const approvals = page.getByRole('region', { name: 'Approvals waiting' });
    await approvals
      .getByRole('link', { name: new RegExp(escapeRegExp(requested!.groupName)) })
      .waitFor();
    const rows = await approvals.getByRole('listitem').allInnerTexts();
    expect(rows[0]).toContain(requested!.groupName);
    await page
      .getByRole('region', { name: 'Overdue visits in my regions' })
      .getByRole('link')
      .first()
      .waitFor();
    const stalled = page.getByRole('region', { name: 'Stalled cases in my regions' });
    await stalled
      .getByRole('link')
      .first()
      .or(stalled.getByText('No case is stalled in your regions.'))
      .waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-supervisor-en-1280.png'),
      fullPage: true,
    });

    await approvals.getByRole('link', { name: 'Open the approvals inbox' }).click();
    await page.waitForURL(/#\/transition-requests/);
    await page.close();
  });

  it("shows a program manager each program's funnel from its latest snapshot, and says when there is none yet", async () => {
    const page = await admin.signedIn('programManager');
    const indicators = page.getByRole('region', { name: /^Program indicators/ });
    await indicators.getByText(/no snapshot yet/i).waitFor();

    const programs = await callApi<ApiProgram[]>(
      page,
      'GET',
      `/programs?${listQuery({}, ['name', 'ASC'], [0, 999])}`,
    );
    const [program, other] = programs.json;
    const cases = await callApi<ApiCase[]>(
      page,
      'GET',
      `/cases?${listQuery({ programId: program.id, status: 'active' }, ['id', 'ASC'], [0, 999])}`,
    );
    const byStage = new Map<string, { label: string; cases: number }>();
    for (const record of cases.json) {
      const entry = byStage.get(record.stage) ?? { label: record.stageLabel.en, cases: 0 };
      entry.cases += 1;
      byStage.set(record.stage, entry);
    }
    const stages = [...byStage].map(([stage, { cases }]) => ({ stage, cases }));
    // Two snapshots, so the trends have a line.
    for (const [takenAt, scale] of [
      ['2026-01-01T01:00:00Z', 0],
      ['2026-04-01T01:00:00Z', 1],
    ] as const) {
      const figures = snapshotFigures(
        stages.map((stage) => ({ ...stage, cases: stage.cases * scale })),
      );
      await admin.database.query(
        'INSERT INTO program_indicator_snapshots (program_id, taken_at, figures) VALUES ($1, $2, $3)',
        [program.id, takenAt, JSON.stringify(figures)],
      );
    }

    await page.reload();
    const funnel = page.getByRole('table', { name: 'Stage funnel' });
    await funnel.waitFor({ state: 'attached' });
    for (const { label, cases: count } of byStage.values()) {
      const row = funnel.getByRole('row', {
        name: new RegExp(`^${escapeRegExp(label)} ${count} `),
      });
      expect(await row.count()).toBe(1);
    }
    await page.getByText('Active cases', { exact: true }).waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-manager-en-1280.png'),
      fullPage: true,
    });

    // The other program has no snapshot yet.
    await page.getByRole('combobox', { name: 'Program' }).click();
    await page.getByRole('option', { name: other.name }).click();
    await indicators.getByText(/no snapshot yet/i).waitFor();
    await page.close();
  });

  it('reads in Indonesian on a phone-sized screen', async () => {
    const page = await admin.signedIn('programManager', {
      width: 360,
      height: 740,
      locale: 'id-ID',
    });
    await page.getByRole('table', { name: 'Corong tahapan' }).waitFor({ state: 'attached' });
    await page.getByText('Kasus aktif', { exact: true }).waitFor();
    await page.getByText(/Potret diambil/).waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-manager-id-360.png'),
      fullPage: true,
    });
    await page.close();
  });
});
