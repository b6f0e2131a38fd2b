/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callerOf, listQuery, requestApi, type SignedInUser } from '../support/admin-api';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

interface CaseRow {
  id: string;
  groupName: string;
  version: number;
  allowedEvents: {
    event: string;
    requiresApproval: boolean;
    checklist: string[];
  }[];
}

interface MadeRequest {
  id: string;
  caseId: string;
}

describe('the approvals inbox', () => {
  let admin: AdminBrowser;
  let facilitator: SignedInUser;
  let supervisor: SignedInUser;
  // Cases already asked to move in this run; a case has one request pending at a time.
  const requested = new Set<string>();

  /** Minutes of a meeting, uploaded under the case as evidence. */
  const uploadMinutes = async (user: SignedInUser, caseId: string) => {
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('file', new Blob(['Minutes of the village meeting.\n']), 'minutes.txt');
    const response = await fetch(`${user.baseUrl}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  /** Asks, as `user`, to move on one of the cases they see that needs a supervisor's approval. */
  const requestMove = async (
    user: SignedInUser,
    filter: object,
    withEvidence = false,
  ): Promise<MadeRequest> => {
    const pending = await requestApi<{ caseId: string }[]>(
      user,
      'GET',
      `/transition-requests?${listQuery({ status: 'pending' }, undefined, [0, 999])}`,
    );
    pending.json.forEach((request) => requested.add(request.caseId));
    const cases = await requestApi<CaseRow[]>(
      user,
      'GET',
      `/cases?${listQuery({ status: 'active', ...filter }, undefined, [0, 199])}`,
    );
    for (const row of cases.json) {
      const move = row.allowedEvents.find(
        (candidate) => candidate.event === 'ADVANCE' && candidate.requiresApproval,
      );
      if (!move || requested.has(row.id)) continue;
      requested.add(row.id);
      const evidence = withEvidence ? [await uploadMinutes(user, row.id)] : [];
      const made = await requestApi<{ id: string }>(user, 'POST', `/cases/${row.id}/transitions`, {
        event: move.event,
        reason: 'The community has met every item of the exit checklist.',
        checklist: move.checklist,
        evidence,
        expectedVersion: row.version,
      });
      if (made.status === 201) return { id: made.json.id, caseId: row.id };
    }
    throw new Error('no case left to ask to move');
  };

  // Every pending request in scope on one page, whatever the demo data left waiting.
  const inbox = (page: Page) =>
    page.goto(
      `${admin.baseUrl}/#/transition-requests?${listQuery({ status: 'pending' })}&perPage=200`,
    );
  const cardOf = (page: Page, request: MadeRequest) =>
    page.locator('article').filter({ has: page.locator(`a[href*="${request.caseId}"]`) });

  beforeAll(async () => {
    admin = await startAdminBrowser();
    const facilitatorPage = await admin.signedIn('facilitator');
    facilitator = await callerOf(facilitatorPage);
    await facilitatorPage.close();
    const supervisorPage = await admin.signedIn('supervisor');
    supervisor = await callerOf(supervisorPage);
    await supervisorPage.close();
  }, 120_000);

  afterAll(() => admin?.close());

  it("lets a supervisor approve a facilitator's request, and reject another with a reason", async () => {
    const first = await requestMove(facilitator, { facilitatorId: facilitator.id }, true);
    const second = await requestMove(facilitator, { facilitatorId: facilitator.id });
    const page = await admin.signedIn('supervisor', { width: 1280, height: 900 });
    await inbox(page);

    const card = cardOf(page, first);
    await card.waitFor();
    await card.getByText(/^From .+ to .+$/).waitFor();
    await card.getByText(/^Requested by Agus Prasetyo on /).waitFor();
    await card.getByText('The community has met every item of the exit checklist.').waitFor();
    await card.getByRole('heading', { name: 'Checklist ticked' }).waitFor();
    expect(await card.getByRole('listitem').count()).toBeGreaterThan(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Download minutes.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('minutes.txt');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'approvals-en-1280.png') });

    await card.getByRole('button', { name: 'Approve' }).click();
    const approveDialog = page.getByRole('dialog');
    await approveDialog.getByLabel('Comment (optional)').fill('Well documented.');
    await approveDialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Request approved: the case has moved on.').waitFor();
    await cardOf(page, first).waitFor({ state: 'detached' });

    const other = cardOf(page, second);
    await other.getByRole('button', { name: 'Reject' }).click();
    const rejectDialog = page.getByRole('dialog');
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    await rejectDialog.getByText('Required').waitFor();
    await rejectDialog.getByLabel(/Reason for rejecting/).fill('The evidence is missing.');
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    await page.getByText('Request rejected.').waitFor();
    await cardOf(page, second).waitFor({ state: 'detached' });

    const decided = async (request: MadeRequest) =>
      (
        await requestApi<{ status: string }>(
          supervisor,
          'GET',
          `/transition-requests/${request.id}`,
        )
      ).json;
    expect(await decided(first)).toMatchObject({ status: 'approved' });
    expect(await decided(second)).toMatchObject({
      status: 'rejected',
      decisionComment: 'The evidence is missing.',
    });
    await page.close();
  });

  it('shows a request already decided elsewhere as such, and refreshes the list', async () => {
    const request = await requestMove(facilitator, { facilitatorId: facilitator.id });
    const page = await admin.signedIn('supervisor');
    await inbox(page);
    const card = cardOf(page, request);
    await card.waitFor();
    await requestApi(supervisor, 'POST', `/transition-requests/${request.id}/approve`, {});
    await card.getByRole('button', { name: 'Reject' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/Reason for rejecting/)
      .fill('Too late.');
    await page.getByRole('dialog').getByRole('button', { name: 'Reject' }).click();
    await page.getByText(/already decided, or its case has changed/).waitFor();
    await cardOf(page, request).waitFor({ state: 'detached' });
    await page.close();
  });

  it('disables the decision on one’s own request and says why, in Indonesian', async () => {
    const own = await requestMove(supervisor, {});
    const page = await admin.signedIn('supervisor', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/transition-requests/${own.id}/show`);
    await page.getByText('Anda tidak dapat memutuskan pengajuan Anda sendiri.').waitFor();
    expect(await page.getByRole('button', { name: 'Setujui' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tolak' }).isDisabled()).toBe(true);
    await page.getByText(/^Diajukan oleh Siti Rahmawati pada /).waitFor();
    await page.close();
  });

  it('shows facilitators the inbox without decisions, on a phone too', async () => {
    const request = await requestMove(facilitator, { facilitatorId: facilitator.id });
    const page = await admin.signedIn('facilitator', { width: 360, height: 740 });
    await inbox(page);
    const card = cardOf(page, request);
    await card.waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
    expect(await card.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await page.close();
  });
});
