import { join } from 'node:path';
import { callApi, listQuery } from '../support/admin-api';
import { pickVillage } from '../support/admin-pickers';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

interface CaseAnswer {
  id: string;
  groupName: string;
  programId: string;
  stage: string;
  stageLabel: { en: string; id: string };
  allowedEvents: { event: string; label?: { en: string }; requiresApproval: boolean }[];
}

/**
 * The day the panel is built for, end to end: a facilitator enrols a community and asks to move
 * it on, a supervisor approves, the facilitator sees it moved, in either language, and nobody
 * outside the case's program and region can open it.
 */
describe('a case from intake to an approved move', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('goes from the facilitator to the supervisor and back, and stays in scope', async () => {
    // The facilitator enrols a women's group in Dayeuhluhur, keeping the recommended approach.
    const facilitator = await admin.signedIn('facilitator');
    await facilitator.goto(`${admin.baseUrl}/#/cases/create`);
    await facilitator.getByLabel(/^Program/).click();
    await facilitator.getByRole('option', { name: 'Desa Berdaya Jawa Tengah' }).click();
    await pickVillage(facilitator, '33.01.01.2001');
    await facilitator.getByLabel(/^Community/).fill('Kelompok Wanita Tani Mawar');
    await facilitator.getByLabel(/^Group/).click();
    await facilitator.getByRole('option', { name: "Women's group" }).click();
    for (const question of ['Solidarity', 'Trust between members', 'Binding norms']) {
      await facilitator
        .getByRole('group', { name: new RegExp(`^${question}`) })
        .getByLabel('Medium')
        .check();
    }
    await facilitator
      .getByRole('status')
      .filter({ hasText: /Recommended approach: Technical assistance/ })
      .waitFor();
    await facilitator.getByRole('button', { name: 'Save' }).click();
    await facilitator.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show/);
    const caseId = /#\/cases\/([0-9a-f-]{36})\/show/.exec(facilitator.url())![1];
    const created = (await callApi<CaseAnswer>(facilitator, 'GET', `/cases/${caseId}`)).json;
    await facilitator.getByRole('heading', { level: 1, name: created.groupName }).waitFor();
    // Enrolled by the facilitator, so theirs.
    await facilitator.getByText('Agus Prasetyo (you)').first().waitFor();

    // …and asks to move it on, ticking the exit checklist.
    const move = created.allowedEvents.find((allowed) => allowed.requiresApproval);
    if (!move?.label) throw new Error(`no move needing approval from ${created.stage}`);
    await facilitator.getByRole('button', { name: move.label.en }).click();
    const dialog = facilitator.getByRole('dialog', { name: move.label.en });
    for (const box of await dialog.getByRole('checkbox').all()) await box.check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Warga sudah saling percaya.');
    await dialog.getByRole('button', { name: 'Send for approval' }).click();
    await facilitator.getByText('Request sent for approval').waitFor();

    // The supervisor approves it from the inbox.
    const supervisor = await admin.signedIn('supervisor', { width: 1280, height: 900 });
    await supervisor.goto(
      `${admin.baseUrl}/#/transition-requests?${listQuery({ status: 'pending' })}&perPage=200`,
    );
    const card = supervisor
      .locator('article')
      .filter({ has: supervisor.locator(`a[href*="${caseId}"]`) });
    await card.getByText(/^Requested by Agus Prasetyo on /).waitFor();
    await card.getByRole('button', { name: 'Approve' }).click();
    await supervisor.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await supervisor.getByText('Request approved: the case has moved on.').waitFor();
    await supervisor.close();

    // The facilitator sees the case in its new stage, and the approval in its history.
    await facilitator.reload();
    const moved = (await callApi<CaseAnswer>(facilitator, 'GET', `/cases/${caseId}`)).json;
    expect(moved.stage).not.toBe(created.stage);
    await facilitator.getByTestId('case-stage').getByText(moved.stageLabel.en).waitFor();
    const newest = facilitator.getByTestId('case-history').getByRole('listitem').first();
    await expect(newest.textContent()).resolves.toContain('Move approved');
    await expect(newest.textContent()).resolves.toContain('Siti Rahmawati');
    await facilitator.screenshot({ path: join(ARTIFACTS, 'journey-moved-en-1280.png') });

    // In Indonesian, the same page speaks Indonesian.
    await facilitator.getByRole('button', { name: 'English' }).click();
    await facilitator.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await facilitator.getByRole('tab', { name: 'Riwayat' }).waitFor();
    await facilitator.getByTestId('case-stage').getByText(moved.stageLabel.id).waitFor();
    await facilitator.screenshot({ path: join(ARTIFACTS, 'journey-moved-id-1280.png') });
    await facilitator.close();

    // A facilitator of the same program in another district cannot open it.
    const adminPage = await admin.signedIn('admin');
    const [klaten] = (
      await callApi<{ id: string }[]>(
        adminPage,
        'GET',
        `/regions?${listQuery({ code: '33.10.01' })}`,
      )
    ).json;
    const outsider = await callApi<{ id: string }>(adminPage, 'POST', '/users', {
      email: 'pendamping.klaten@berdaya.test',
      fullName: 'Rina Kartika',
      role: 'facilitator',
      locale: 'en',
      password: 'pendamping-klaten-2026',
      programIds: [created.programId],
      regionIds: [klaten.id],
    });
    expect(outsider.status).toBe(201);
    await adminPage.close();
    const elsewhere = await admin.newPage();
    await elsewhere.goto(`${admin.baseUrl}/#/login`);
    await elsewhere.getByLabel('Email').fill('pendamping.klaten@berdaya.test');
    await elsewhere.getByLabel('Password').first().fill('pendamping-klaten-2026');
    await elsewhere.getByRole('button', { name: 'Sign in' }).click();
    await elsewhere.getByRole('menuitem', { name: 'Cases' }).waitFor();
    expect((await callApi(elsewhere, 'GET', `/cases/${caseId}`)).status).toBe(404);
    await elsewhere.goto(`${admin.baseUrl}/#/cases/${caseId}/show`);
    await elsewhere
      .getByText(/does not exist|not found/i)
      .first()
      .waitFor();
    expect(await elsewhere.getByRole('heading', { name: created.groupName }).count()).toBe(0);
    await elsewhere.close();
  });
});
