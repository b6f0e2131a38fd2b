/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callerOf, listQuery, requestApi } from '../support/admin-api';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';

interface CaseRow {
  id: string;
  groupName: string;
  version: number;
  allowedEvents: { event: string; requiresApproval: boolean; checklist: string[] }[];
}

interface MoveRequest {
  id: string;
  caseId: string;
  groupName: string;
}

describe('the notification bell', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  /** A facilitator's request to move one of their cases on, through the api. */
  const requestMove = async (): Promise<MoveRequest> => {
    const page = await admin.signedIn('facilitator');
    const facilitator = await callerOf(page);
    await page.close();
    const cases = await requestApi<CaseRow[]>(
      facilitator,
      'GET',
      `/cases?${listQuery({ status: 'active', facilitatorId: facilitator.id }, undefined, [0, 199])}`,
    );
    for (const row of cases.json) {
      const move = row.allowedEvents.find((e) => e.event === 'ADVANCE' && e.requiresApproval);
      if (!move) continue;
      const made = await requestApi<{ id: string }>(
        facilitator,
        'POST',
        `/cases/${row.id}/transitions`,
        {
          event: move.event,
          reason: 'Ready for the next stage.',
          checklist: move.checklist,
          expectedVersion: row.version,
        },
      );
      if (made.status === 201)
        return { id: made.json.id, caseId: row.id, groupName: row.groupName };
    }
    throw new Error('no case of the facilitator can be asked to move');
  };

  /**
   * What the worker's approval ladder writes for the supervisor on a new request; the worker does
   * not run beside the browser fixture.
   */
  const notifySupervisor = async (request: MoveRequest) => {
    await admin.database.query(
      `INSERT INTO notifications (user_id, kind, case_id, payload, idempotency_key)
       SELECT u.id, 'approvalWaiting', $1, $2, $3 FROM users u WHERE u.email = 'supervisor@berdaya.test'`,
      [
        request.caseId,
        JSON.stringify({
          requestId: request.id,
          caseId: request.caseId,
          groupName: request.groupName,
          event: 'ADVANCE',
          requestedByName: 'Agus Prasetyo',
        }),
        `approvalWaiting:${request.id}:${randomUUID()}`,
      ],
    );
  };

  const bell = (page: Page, name: RegExp) => page.getByRole('button', { name });

  it('counts an unread notification, and opening it marks it read and shows the request', async () => {
    const request = await requestMove();
    await notifySupervisor(request);
    const page = await admin.signedIn('supervisor', { width: 1280, height: 800 });

    await bell(page, /^Notifications, 1 unread$/).click();
    const popover = page.getByRole('dialog', { name: 'Recent notifications' });
    const message = `Agus Prasetyo asks to move ${request.groupName} to another stage and waits for your approval.`;
    await popover.getByText(message).waitFor();
    // The popover fades in: let its transition end before the picture.
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running'),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'notifications-bell-en-1280.png') });

    await popover.getByRole('button', { name: new RegExp(`^${message}`) }).click();
    await page.waitForURL((url) => url.hash === `#/transition-requests/${request.id}/show`);
    await page.getByText(/^Requested by Agus Prasetyo on /).waitFor();
    await bell(page, /^Notifications$/).waitFor();

    const { rows } = await admin.database.query<{ read: boolean }>(
      `SELECT read_at IS NOT NULL AS read FROM notifications WHERE payload->>'requestId' = $1`,
      [request.id],
    );
    expect(rows).toEqual([{ read: true }]);
    await page.close();
  });

  it('lists the inbox in Indonesian and marks everything read', async () => {
    const request = await requestMove();
    await notifySupervisor(request);
    await notifySupervisor(request);
    const page = await admin.signedIn('supervisor', { locale: 'id-ID' });

    await bell(page, /^Notifikasi, 2 belum dibaca$/).waitFor();
    await page.goto(`${admin.baseUrl}/#/notifications`);
    const message = `Agus Prasetyo mengajukan perpindahan tahap ${request.groupName} dan menunggu persetujuan Anda.`;
    await page.getByText(message).first().waitFor();
    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Semua notifikasi ditandai sudah dibaca.').waitFor();
    await bell(page, /^Notifikasi$/).waitFor();
    await page.close();
  });
});
