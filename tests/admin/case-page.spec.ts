/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callApi, listQuery } from '../support/admin-api';
import { ARTIFACTS, type AdminBrowser, startAdminBrowser } from '../support/admin-browser';

interface Localized {
  en: string;
  id: string;
}

interface Move {
  event: string;
  to: string;
  label?: Localized;
  requiresApproval: boolean;
  checklist: string[];
}

interface CaseAnswer {
  id: string;
  groupName: string;
  stage: string;
  version: number;
  stageLabel: Localized;
  allowedEvents: Move[];
}

interface RequestAnswer {
  id: string;
  caseId: string;
}

/**
 * Demo cases of the default process early on (in the dialogue phase), without a pending request,
 * whose next step needs a supervisor and ticks an exit checklist.
 */
async function earlyCases(page: Page): Promise<CaseAnswer[]> {
  const { json: cases } = await callApi<CaseAnswer[]>(
    page,
    'GET',
    `/cases?${listQuery({ phase: 'dialogue', status: 'active' }, undefined, [0, 199])}`,
  );
  const { json: pending } = await callApi<RequestAnswer[]>(
    page,
    'GET',
    `/transition-requests?${listQuery({ status: 'pending' }, undefined, [0, 999])}`,
  );
  const waiting = new Set(pending.map((request) => request.caseId));
  return cases.filter(
    (c) =>
      !waiting.has(c.id) &&
      c.allowedEvents.some(
        (move) => move.event === 'ADVANCE' && move.requiresApproval && move.checklist.length > 1,
      ),
  );
}

const advanceOf = (record: CaseAnswer): Move =>
  record.allowedEvents.find((move) => move.event === 'ADVANCE')!;

describe('the case page', () => {
  let admin: AdminBrowser;
  let cases: CaseAnswer[];

  beforeAll(async () => {
    admin = await startAdminBrowser();
    const page = await admin.signedIn('facilitator');
    cases = await earlyCases(page);
    await page.close();
    expect(cases.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  afterAll(() => admin?.close());

  it('lets a facilitator ask for a move through its checklist, and shows it approved', async () => {
    const record = cases[0];
    const move = advanceOf(record);
    const page = await admin.signedIn('facilitator');
    await page.goto(`${admin.baseUrl}/#/cases/${record.id}/show`);

    await page.getByRole('heading', { level: 1, name: record.groupName }).waitFor();
    const current = page.locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain(record.stageLabel.en);
    await page.getByRole('heading', { name: 'Workflow: Empowerment process' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'case-show-en-1280.png'), fullPage: true });

    await page.getByRole('button', { name: move.label!.en }).click();
    const dialog = page.getByRole('dialog', { name: move.label!.en });
    await dialog.waitFor();
    const boxes = dialog.getByRole('checkbox');
    expect(await boxes.count()).toBe(move.checklist.length);

    // Ticking only the first item: the api refuses and the dialog names the others.
    await boxes.first().check();
    await dialog.getByRole('button', { name: 'Send for approval' }).click();
    await dialog.getByText('Tick every item of the exit checklist.').waitFor();
    await expect(
      dialog.getByText('Must be ticked before the case can move on').count(),
    ).resolves.toBe(move.checklist.length - 1);
    await expect(boxes.nth(1).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(boxes.first().getAttribute('aria-invalid')).resolves.toBeNull();

    for (let index = 1; index < move.checklist.length; index += 1) await boxes.nth(index).check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Warga sudah terbuka berbicara.');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'notulen-pertemuan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Notulen pertemuan warga di balai desa.\n'),
    });
    await dialog.getByText('notulen-pertemuan.txt').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'case-move-dialog-en-1280.png') });
    await dialog.getByRole('button', { name: 'Send for approval' }).click();

    await page.getByText('Request sent for approval').waitFor();
    const pendingBox = page.getByTestId('pending-request');
    await pendingBox.getByText('Request waiting for approval').waitFor();
    expect(await pendingBox.textContent()).toContain('1 file attached');
    await expect(page.getByRole('button', { name: move.label!.en }).isDisabled()).resolves.toBe(
      true,
    );

    const supervisor = await admin.signedIn('supervisor');
    const { json: requests } = await callApi<RequestAnswer[]>(
      supervisor,
      'GET',
      `/transition-requests?${listQuery({ caseId: record.id, status: 'pending' })}`,
    );
    expect(requests).toHaveLength(1);
    const approval = await callApi(
      supervisor,
      'POST',
      `/transition-requests/${requests[0].id}/approve`,
      {},
    );
    expect(approval.status).toBe(200);
    await supervisor.close();

    await page.reload();
    const moved = await callApi<CaseAnswer>(page, 'GET', `/cases/${record.id}`);
    expect(moved.json.stage).toBe(move.to);
    await page.getByTestId('case-stage').getByText(moved.json.stageLabel.en).waitFor();
    await expect(current.textContent()).resolves.toContain(moved.json.stageLabel.en);
    await expect(page.getByTestId('pending-request').count()).resolves.toBe(0);
    const newest = page.getByTestId('case-history').getByRole('listitem').first();
    await expect(newest.textContent()).resolves.toContain('Move approved');
    await expect(newest.textContent()).resolves.toContain(
      `From ${record.stageLabel.en} to ${moved.json.stageLabel.en}`,
    );
    // The facilitator reads who approved it, though only admins can read users.
    await expect(newest.textContent()).resolves.toContain('Siti Rahmawati');
    await page.close();
  });

  it('lets the requester withdraw a pending request, and set a goal', async () => {
    const record = cases[1];
    const move = advanceOf(record);
    const page = await admin.signedIn('facilitator');
    await page.goto(`${admin.baseUrl}/#/cases/${record.id}/show`);
    await page.getByRole('button', { name: move.label!.en }).click();
    const dialog = page.getByRole('dialog');
    const boxes = dialog.getByRole('checkbox');
    await boxes.first().waitFor();
    for (let index = 0; index < move.checklist.length; index += 1) await boxes.nth(index).check();
    await dialog.getByRole('button', { name: 'Send for approval' }).click();

    await page.getByRole('button', { name: 'Withdraw the request' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Request withdrawn$/ })
      .waitFor();
    await page.getByTestId('case-history').getByText('Request withdrawn').waitFor();
    await page.getByTestId('pending-request').waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: move.label!.en }).isEnabled()).resolves.toBe(
      true,
    );

    await page.getByRole('tab', { name: 'Goals' }).click();
    await page.getByRole('button', { name: 'Set a goal' }).click();
    const goal = page.getByRole('dialog', { name: 'Set a goal' });
    await goal.getByRole('textbox', { name: 'Goal' }).fill('Kas kelompok terbentuk');
    await goal.getByRole('textbox', { name: 'Indicator' }).fill('Saldo kas kelompok');
    await goal.getByRole('textbox', { name: 'Target' }).fill('Rp 2.000.000');
    await goal.getByLabel('Due on').fill('2027-06-30');
    await goal.getByRole('button', { name: 'Save the goal' }).click();
    await page.getByRole('cell', { name: 'Kas kelompok terbentuk' }).waitFor();
    await page.close();
  });

  it('reads in Indonesian on a phone, the diagram without sideways scrolling', async () => {
    const record = cases[2] ?? cases[1];
    const page = await admin.signedIn('facilitator', { width: 360, height: 740, locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/cases/${record.id}/show`);
    await page.getByRole('heading', { name: 'Alur kerja: Proses pemberdayaan' }).waitFor();

    for (const tab of ['Riwayat', 'Kunjungan', 'Tujuan', 'Sumber daya', 'Evaluasi']) {
      await page.getByRole('tab', { name: tab }).waitFor();
    }
    const current = page.locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain(record.stageLabel.id);
    await page.getByText('Tahap: Dialog ›').waitFor();

    await page.getByRole('tab', { name: 'Kunjungan' }).click();
    await expect(
      page.getByRole('tab', { name: 'Kunjungan' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.getByRole('tabpanel').waitFor();

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const ladder = await page.getByTestId('workflow-ladder').boundingBox();
    expect(ladder!.x + ladder!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(ARTIFACTS, 'case-show-id-360.png'), fullPage: true });
    await page.close();
  });
});
