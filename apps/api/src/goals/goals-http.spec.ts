import type { CaseEntity, CaseEventEntity } from '@berdaya/db';
import type { SignedInUser, TestApi } from '../testing/test-api';
import { startWithTwoCases } from '../testing/two-cases.fixture';

interface GoalBody {
  id: string;
  status: string;
  dueOn: string;
}

/**
 * Goals through the api: set by whoever works on the case, in its history, invisible to anyone
 * else, and deletable only while still open.
 */
describe('goals through the api', () => {
  let api: TestApi;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let outsider: SignedInUser;
  let viewer: SignedInUser;
  let goal: GoalBody;

  beforeAll(async () => {
    ({ api, mine, theirs, facilitator, outsider, viewer } = await startWithTwoCases());
  });

  afterAll(async () => {
    await api.close();
  });

  const create = (user: SignedInUser, caseId: string, dueOn = '2027-03-31') =>
    user.inject({
      method: 'POST',
      url: '/api/goals',
      payload: {
        caseId,
        title: 'Kelompok tani punya rekening bersama',
        indicator: 'Rekening dibuka atas nama kelompok',
        target: '1 rekening',
        dueOn,
      },
    });
  const put = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'PUT', url: `/api/goals/${id}`, payload });
  const remove = (user: SignedInUser, id: string) =>
    user.inject({ method: 'DELETE', url: `/api/goals/${id}` });
  const historyTypes = async (caseId: string) =>
    (
      await api.dataSource.query<Pick<CaseEventEntity, 'type'>[]>(
        'SELECT type FROM case_events WHERE case_id = $1 ORDER BY id',
        [caseId],
      )
    ).map((e) => e.type);

  it('sets a goal for a case in scope, in its history', async () => {
    const response = await create(facilitator, mine.id);
    expect(response.statusCode).toBe(201);
    goal = response.json<GoalBody>();
    expect(goal).toMatchObject({ status: 'open', dueOn: '2027-03-31', scope: null });
    expect(await historyTypes(mine.id)).toEqual(['goalSet']);
  });

  it('refuses to set one under a case out of scope, naming caseId', async () => {
    const response = await create(facilitator, theirs.id);
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields).toEqual([
      expect.objectContaining({ field: 'caseId', code: 'case_not_in_scope' }),
    ]);
  });

  it('hides the goal from those who do not see its case', async () => {
    const direct = await outsider.inject({ method: 'GET', url: `/api/goals/${goal.id}` });
    expect(direct.statusCode).toBe(404);
    const list = await outsider.inject({ method: 'GET', url: '/api/goals' });
    expect(list.json()).toEqual([]);
    expect((await put(outsider, goal.id, { status: 'dropped' })).statusCode).toBe(404);
    expect((await remove(outsider, goal.id)).statusCode).toBe(404);
  });

  it('lists by case and status, sorted by due day', async () => {
    const earlier = (await create(facilitator, mine.id, '2027-01-15')).json<GoalBody>();
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine.id, status: 'open' }));
    const response = await viewer.inject({
      method: 'GET',
      url: `/api/goals?filter=${filter}&sort=${encodeURIComponent('["dueOn","ASC"]')}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('goals 0-1/2');
    expect(response.json<GoalBody[]>().map((g) => g.id)).toEqual([earlier.id, goal.id]);
  });

  it('never lets a viewer write', async () => {
    expect((await create(viewer, mine.id)).statusCode).toBe(403);
  });

  it('deletes a goal still open, answering it as it was', async () => {
    const other = (await create(facilitator, mine.id)).json<GoalBody>();
    const response = await remove(facilitator, other.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: other.id, status: 'open' });
    const after = await facilitator.inject({ method: 'GET', url: `/api/goals/${other.id}` });
    expect(after.statusCode).toBe(404);
  });

  it('updates a goal with the record sent back, read-only fields ignored', async () => {
    const response = await put(facilitator, goal.id, {
      ...goal,
      caseId: theirs.id,
      status: 'achieved',
      target: '2 rekening',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      caseId: mine.id,
      status: 'achieved',
      target: '2 rekening',
    });
  });

  it('keeps a goal achieved on record: deleting it is a 409', async () => {
    expect((await remove(facilitator, goal.id)).statusCode).toBe(409);
  });

  it('names each bad field of a goal', async () => {
    const response = await put(facilitator, goal.id, { status: 'done', dueOn: 'soon' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'dueOn',
      'status',
    ]);
  });
});
