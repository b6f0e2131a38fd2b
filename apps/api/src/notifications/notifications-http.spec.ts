import { NotificationEntity } from '@berdaya/db';
import { randomUUID } from 'node:crypto';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

interface NotificationBody {
  id: string;
  kind: string;
  read: boolean;
  readAt: string | null;
}

/** The inbox through the api: each user reads and marks only their own notifications. */
describe('notifications through the api', () => {
  let api: TestApi;
  let owner: SignedInUser;
  let other: SignedInUser;
  let visitDue: NotificationEntity;
  let othersNotification: NotificationEntity;

  const notify = (userId: string, kind: NotificationEntity['kind']) =>
    api.dataSource
      .getRepository(NotificationEntity)
      .save({ userId, kind, idempotencyKey: randomUUID() });

  beforeAll(async () => {
    api = await startTestApi();
    owner = await api.loginAs({ role: 'facilitator' });
    other = await api.loginAs({ role: 'supervisor' });
    visitDue = await notify(owner.id, 'visitDue');
    await notify(owner.id, 'approvalDecided');
    othersNotification = await notify(other.id, 'visitDue');
  });

  afterAll(async () => {
    await api.close();
  });

  const list = (user: SignedInUser, filter: Record<string, unknown>) =>
    user.inject({
      method: 'GET',
      url: `/api/notifications?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["createdAt","DESC"]')}`,
    });
  const mark = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'PUT', url: `/api/notifications/${id}`, payload });
  const unread = async (user: SignedInUser) =>
    (await user.inject({ method: 'GET', url: '/api/notifications/unread-count' })).json<{
      count: number;
    }>().count;

  it('lists only your own, by kind', async () => {
    const response = await list(owner, { kind: 'visitDue' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('notifications 0-0/1');
    expect(response.json<NotificationBody[]>().map((n) => n.id)).toEqual([visitDue.id]);
  });

  it('counts your unread notifications', async () => {
    expect(await unread(owner)).toBe(2);
  });

  it('marks one read, with the record sent back, and filters by read', async () => {
    const before = (
      await owner.inject({ method: 'GET', url: `/api/notifications/${visitDue.id}` })
    ).json<NotificationBody>();
    const response = await mark(owner, visitDue.id, { ...before, read: true });
    expect(response.statusCode).toBe(200);
    expect(response.json<NotificationBody>()).toMatchObject({ read: true });
    expect(response.json<NotificationBody>().readAt).not.toBeNull();
    expect(await unread(owner)).toBe(1);
    const read = (await list(owner, { read: true })).json<NotificationBody[]>();
    expect(read.map((n) => n.id)).toEqual([visitDue.id]);
    const notRead = (await list(owner, { read: 'false' })).json<NotificationBody[]>();
    expect(notRead.map((n) => n.kind)).toEqual(['approvalDecided']);
  });

  it('marks one unread again', async () => {
    const response = await mark(owner, visitDue.id, { read: false });
    expect(response.json()).toMatchObject({ read: false, readAt: null });
    expect(await unread(owner)).toBe(2);
  });

  it("answers 404 for another user's notification, and leaves it unread", async () => {
    const direct = await owner.inject({
      method: 'GET',
      url: `/api/notifications/${othersNotification.id}`,
    });
    expect(direct.statusCode).toBe(404);
    expect((await mark(owner, othersNotification.id, { read: true })).statusCode).toBe(404);
    expect(await unread(other)).toBe(1);
  });

  it('lets a viewer, who otherwise never writes, mark their own notification read', async () => {
    const viewer = await api.loginAs({ role: 'viewer' });
    const own = await notify(viewer.id, 'evaluationDue');
    const response = await mark(viewer, own.id, { read: true });
    expect(response.statusCode).toBe(200);
    expect(response.json<NotificationBody>().read).toBe(true);
    expect((await mark(viewer, othersNotification.id, { read: true })).statusCode).toBe(404);
  });

  it('refuses a body that is not just read', async () => {
    const response = await mark(owner, visitDue.id, { read: 'yes', kind: 'x', extra: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'read',
      'extra',
    ]);
  });
});
