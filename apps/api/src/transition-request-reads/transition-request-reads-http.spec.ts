import { type CaseEntity, TransitionRequestEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

interface RequestBody {
  id: string;
  status: string;
}

/**
 * Transition requests read through the api: exactly as visible as their case, beside the
 * decisions routed on the same path.
 */
describe('transition requests read through the api', () => {
  let api: TestApi;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let outsider: SignedInUser;
  let pending: TransitionRequestEntity;

  const request = (subject: CaseEntity, requestedBy: string, status: 'pending' | 'rejected') => {
    const hour = 60 * 60 * 1000;
    return api.dataSource.getRepository(TransitionRequestEntity).save({
      caseId: subject.id,
      event: 'complete',
      fromStage: subject.stage,
      toStage: 'next',
      requestedBy,
      status,
      caseVersion: subject.version,
      remindAt: new Date(Date.now() + hour),
      escalateAt: new Date(Date.now() + 2 * hour),
      expireAt: new Date(Date.now() + 3 * hour),
    });
  };

  beforeAll(async () => {
    api = await startTestApi();
    mine = await newCase(api.dataSource);
    theirs = await newCase(api.dataSource);
    const scopeOf = (c: CaseEntity) => ({ programIds: [c.programId], regionIds: [c.regionId] });
    facilitator = await api.loginAs({
      role: 'facilitator',
      fullName: 'Siti Rahayu',
      ...scopeOf(mine),
    });
    outsider = await api.loginAs({ role: 'supervisor', ...scopeOf(theirs) });
    await request(mine, facilitator.id, 'rejected');
    pending = await request(mine, facilitator.id, 'pending');
    await request(theirs, outsider.id, 'pending');
  });

  afterAll(async () => {
    await api.close();
  });

  const list = (user: SignedInUser, filter: Record<string, unknown>) =>
    user.inject({
      method: 'GET',
      url: `/api/transition-requests?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["createdAt","DESC"]')}`,
    });

  it('lists the requests of cases in scope by case, status and requester', async () => {
    const response = await list(facilitator, {
      caseId: mine.id,
      status: 'pending',
      requestedBy: facilitator.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('transition-requests 0-0/1');
    expect(response.json<RequestBody[]>().map((r) => r.id)).toEqual([pending.id]);
    expect((await list(facilitator, {})).json<RequestBody[]>()).toHaveLength(2);
  });

  it("filters by the case's program and names the requester", async () => {
    const mineOnly = (await list(facilitator, { programId: mine.programId })).json<
      (RequestBody & { requesterName: string | null })[]
    >();
    expect(mineOnly).toHaveLength(2);
    expect(mineOnly.map((r) => r.requesterName)).toEqual(['Siti Rahayu', 'Siti Rahayu']);
    expect((await list(facilitator, { programId: theirs.programId })).json()).toEqual([]);
  });

  it('answers one request of a case in scope', async () => {
    const response = await facilitator.inject({
      method: 'GET',
      url: `/api/transition-requests/${pending.id}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: pending.id,
      caseId: mine.id,
      decidedAt: null,
      requesterName: 'Siti Rahayu',
    });
  });

  it('hides the requests of a case out of scope', async () => {
    const direct = await outsider.inject({
      method: 'GET',
      url: `/api/transition-requests/${pending.id}`,
    });
    expect(direct.statusCode).toBe(404);
    expect((await list(outsider, { caseId: mine.id })).json()).toEqual([]);
  });

  it('still routes the decisions on the same path', async () => {
    const response = await facilitator.inject({
      method: 'POST',
      url: `/api/transition-requests/${pending.id}/withdraw`,
    });
    expect(response.statusCode).toBe(200);
    const after = await facilitator.inject({
      method: 'GET',
      url: `/api/transition-requests/${pending.id}`,
    });
    expect(after.json()).toMatchObject({ status: 'withdrawn' });
  });
});
