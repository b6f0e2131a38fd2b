import { newCase, newProgram, newRegion } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

describe('handing cases to another facilitator', () => {
  let api: TestApi;
  let supervisor: SignedInUser;
  let facilitator: SignedInUser;
  let colleague: SignedInUser;
  let elsewhere: SignedInUser;
  let caseId: string;
  let otherDistrictCase: string;

  beforeAll(async () => {
    api = await startTestApi();
    const { dataSource } = api;
    const district = await newRegion(dataSource, '33.74.01');
    await newRegion(dataSource, '33.74.02');
    const village = await newRegion(dataSource, '33.74.01.1001', 'Tandang');
    const otherVillage = await newRegion(dataSource, '33.74.02.2001', 'Jomblang');
    const programId = (await newProgram(dataSource)).id;
    const inRegion = (regionId: string) => ({ programIds: [programId], regionIds: [regionId] });
    supervisor = await api.loginAs({ role: 'supervisor', ...inRegion(district.id) });
    facilitator = await api.loginAs({ role: 'facilitator', ...inRegion(village.id) });
    colleague = await api.loginAs({
      role: 'facilitator',
      fullName: 'Wayan Sudarsana',
      ...inRegion(district.id),
    });
    elsewhere = await api.loginAs({ role: 'facilitator', ...inRegion(otherVillage.id) });
    caseId = (
      await newCase(dataSource, { programId, regionId: village.id, facilitatorId: facilitator.id })
    ).id;
    otherDistrictCase = (await newCase(dataSource, { programId, regionId: otherVillage.id })).id;
  });

  afterAll(async () => {
    await api.close();
  });

  const reassign = (user: SignedInUser, id: string, facilitatorId: string | null) =>
    user.inject({ method: 'PUT', url: `/api/cases/${id}`, payload: { facilitatorId } });

  it('lists the facilitators working where the caller works', async () => {
    const response = await supervisor.inject({
      method: 'GET',
      url: `/api/facilitators?sort=${encodeURIComponent('["fullName","ASC"]')}`,
    });
    expect(response.statusCode).toBe(200);
    const ids = response.json<{ id: string }[]>().map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([facilitator.id, colleague.id]));
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(supervisor.id);
    const searched = await supervisor.inject({
      method: 'GET',
      url: `/api/facilitators?filter=${encodeURIComponent('{"q":"wayan"}')}`,
    });
    expect(searched.json<{ id: string }[]>().map((f) => f.id)).toEqual([colleague.id]);
  });

  it('gives the case to a colleague and records it in history', async () => {
    const response = await reassign(supervisor, caseId, colleague.id);
    expect(response.statusCode).toBe(200);
    expect(response.json<{ facilitatorId: string }>().facilitatorId).toBe(colleague.id);
    const history = await supervisor.inject({ method: 'GET', url: `/api/cases/${caseId}/history` });
    const entries = history.json<{ type: string; actorId: string; payload: unknown }[]>();
    expect(entries.at(-1)).toMatchObject({
      type: 'overrideRecorded',
      actorId: supervisor.id,
      actorName: 'Test supervisor',
      payload: { facilitatorId: { from: facilitator.id, to: colleague.id } },
    });
  });

  it('refuses a facilitator who does not work in the case region, naming the field', async () => {
    const response = await reassign(supervisor, caseId, elsewhere.id);
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields).toEqual([
      expect.objectContaining({ field: 'facilitatorId', code: 'facilitator_not_eligible' }),
    ]);
  });

  it('answers 404 for a case out of scope and 403 to a facilitator', async () => {
    expect((await reassign(supervisor, otherDistrictCase, colleague.id)).statusCode).toBe(404);
    expect((await reassign(facilitator, caseId, facilitator.id)).statusCode).toBe(403);
  });

  it('refuses any other field', async () => {
    const response = await supervisor.inject({
      method: 'PUT',
      url: `/api/cases/${caseId}`,
      payload: { facilitatorId: colleague.id, stage: 'closed' },
    });
    expect(response.statusCode).toBe(400);
  });
});
