import type { CaseEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

interface EventBody {
  id: string;
  caseId: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
}

/** A case's history through the api: readable exactly where its case is, never writable. */
describe('case events through the api', () => {
  let api: TestApi;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let outsider: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    mine = await newCase(api.dataSource);
    theirs = await newCase(api.dataSource);
    const scopeOf = (c: CaseEntity) => ({ programIds: [c.programId], regionIds: [c.regionId] });
    facilitator = await api.loginAs({
      role: 'facilitator',
      fullName: 'Agus Prasetyo',
      ...scopeOf(mine),
    });
    outsider = await api.loginAs({ role: 'supervisor', ...scopeOf(theirs) });
    for (const kind of ['personal', 'interpersonal']) {
      await facilitator.inject({
        method: 'POST',
        url: '/api/resources',
        payload: { caseId: mine.id, name: `Sumber ${kind}`, kind },
      });
    }
    await facilitator.inject({
      method: 'POST',
      url: '/api/goals',
      payload: { caseId: mine.id, title: 'T', indicator: 'I', target: '1', dueOn: '2027-01-01' },
    });
  });

  afterAll(async () => {
    await api.close();
  });

  const list = (user: SignedInUser, filter: Record<string, unknown>, sort = '["id","ASC"]') =>
    user.inject({
      method: 'GET',
      url: `/api/case-events?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(sort)}`,
    });

  it('lists the history of a case in scope by type, in the order it happened', async () => {
    const response = await list(facilitator, { caseId: mine.id, type: 'resourceRecorded' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('case-events 0-1/2');
    const events = response.json<EventBody[]>();
    expect(events.map((e) => e.type)).toEqual(['resourceRecorded', 'resourceRecorded']);
    expect(BigInt(events[0].id) < BigInt(events[1].id)).toBe(true);
    // Named for colleagues, who cannot read users.
    expect(events.map((e) => [e.actorId, e.actorName])).toEqual([
      [facilitator.id, 'Agus Prasetyo'],
      [facilitator.id, 'Agus Prasetyo'],
    ]);
  });

  it('sorts newest first on request', async () => {
    const response = await list(facilitator, { caseId: mine.id }, '["id","DESC"]');
    expect(response.json<EventBody[]>().map((e) => e.type)).toEqual([
      'goalSet',
      'resourceRecorded',
      'resourceRecorded',
    ]);
  });

  it('hides the history of a case out of scope', async () => {
    expect((await list(outsider, { caseId: mine.id })).json()).toEqual([]);
  });

  it('names a type that does not exist', async () => {
    const response = await list(facilitator, { type: 'goalDeleted' });
    expect(response.statusCode).toBe(400);
  });

  it('routes no writes', async () => {
    const post = await facilitator.inject({
      method: 'POST',
      url: '/api/case-events',
      payload: { caseId: mine.id, type: 'moved' },
    });
    expect(post.statusCode).toBe(404);
  });
});
