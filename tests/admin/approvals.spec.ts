/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

interface SignedInUser {
  id: string;
  token: string;
}

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

/** The user a page is signed in as, from what the panel stored at sign-in. */
async function userOf(page: Page): Promise<SignedInUser> {
  const stored = await page.evaluate(() => localStorage.getItem('berdaya.auth'));
  const auth = JSON.parse(stored ?? 'null') as { accessToken: string; user: { id: string } };
  return { id: auth.user.id, token: auth.accessToken };
}

describe('the approvals inbox', () => {
  let admin: AdminBrowser;
  let facilitator: SignedInUser;
  let supervisor: SignedInUser;
  // Cases already asked to move in this run; a case has one request pending at a time.
  const requested = new Set<string>();

  const api = async <T>(user: SignedInUser, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${admin.baseUrl}/api${path}`, {
      ...init,
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  /** Minutes of a meeting, uploaded under the case as evidence. */
  const uploadMinutes = async (user: SignedInUser, caseId: string) => {
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('file', new Blob(['Minutes of the village meeting.\n']), 'minutes.txt');
    const response = await fetch(`${admin.baseUrl}/api/attachments`, {
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
    const pending = await api<{ caseId: string }[]>(
      user,
      `/transition-requests?filter=${encodeURIComponent('{"status":"pending"}')}&range=[0,999]`,
    );
    pending.body.forEach((request) => requested.add(request.caseId));
    const query = encodeURIComponent(JSON.stringify({ status: 'active', ...filter }));
    const cases = await api<CaseRow[]>(user, `/cases?filter=${query}&range=[0,199]`);
    for (const row of cases.body) {
      const move = row.allowedEvents.find(
        (candidate) => candidate.event === 'ADVANCE' && candidate.requiresApproval,
      );
      if (!move || requested.has(row.id)) continue;
      requested.add(row.id);
      const evidence = withEvidence ? [await uploadMinutes(user, row.id)] : [];
      const made = await api<{ id: string }>(user, `/cases/${row.id}/transitions`, {
        method: 'POST',
        body: JSON.stringify({
          event: move.event,
          reason: 'The community has met every item of the exit checklist.',
          checklist: move.checklist,
          evidence,
          expectedVersion: row.version,
        }),
      });
      if (made.status === 201) return { id: made.body.id, caseId: row.id };
    }
    throw new Error('no case left to ask to move');
  };

  // Every pending request in scope on one page, whatever the demo data left waiting.
  const inbox = (page: Page) =>
    page.goto(
      `${admin.baseUrl}/#/transition-requests?filter=${encodeURIComponent('{"status":"pending"}')}&perPage=200`,
    );
  const cardOf = (page: Page, request: MadeRequest) =>
    page.locator('article').filter({ has: page.locator(`a[href*="${request.caseId}"]`) });

  beforeAll(async () => {
    admin = await startAdminBrowser();
    const facilitatorPage = await admin.signedIn('facilitator');
    facilitator = await userOf(facilitatorPage);
    await facilitatorPage.close();
    const supervisorPage = await admin.signedIn('supervisor');
    supervisor = await userOf(supervisorPage);
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
      (await api<{ status: string }>(supervisor, `/transition-requests/${request.id}`)).body;
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
    await api(supervisor, `/transition-requests/${request.id}/approve`, {
      method: 'POST',
      body: '{}',
    });
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
