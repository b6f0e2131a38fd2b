import { RegionEntity } from '@berdaya/db';
import { newProgram, newRegion } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

interface CaseBody {
  id: string;
  facilitatorId: string | null;
  stage: string;
  version: number;
  allowedEvents: { event: string; checklist: string[]; requiresApproval: boolean }[];
}

/**
 * A case's way through the api: a facilitator enrols a community and asks for a move, a supervisor
 * of the district approves it; scope, four eyes, the checklist gate and stale versions hold.
 */
describe('a case through the api', () => {
  let api: TestApi;
  let facilitator: SignedInUser;
  let supervisor: SignedInUser;
  let otherDistrictSupervisor: SignedInUser;
  let viewer: SignedInUser;
  let programId: string;
  let villageA: string;
  let villageB: string;
  let created: CaseBody;

  beforeAll(async () => {
    api = await startTestApi();
    const { dataSource } = api;
    await newRegion(dataSource, '33');
    await newRegion(dataSource, '33.74');
    const districtA = await newRegion(dataSource, '33.74.01');
    const districtB = await newRegion(dataSource, '33.74.02');
    villageA = (await newRegion(dataSource, '33.74.01.1001', 'Tandang')).id;
    villageB = (await newRegion(dataSource, '33.74.02.2001', 'Jomblang')).id;
    programId = (await newProgram(dataSource)).id;
    const inDistrict = (regionId: string) => ({ programIds: [programId], regionIds: [regionId] });
    facilitator = await api.loginAs({ role: 'facilitator', ...inDistrict(districtA.id) });
    supervisor = await api.loginAs({ role: 'supervisor', ...inDistrict(districtA.id) });
    otherDistrictSupervisor = await api.loginAs({
      role: 'supervisor',
      ...inDistrict(districtB.id),
    });
    viewer = await api.loginAs({ role: 'viewer', ...inDistrict(districtA.id) });
  });

  afterAll(async () => {
    await api.close();
  });

  const enrol = (user: SignedInUser, regionId: string) =>
    user.inject({
      method: 'POST',
      url: '/api/cases',
      payload: {
        programId,
        regionId,
        groupName: 'Kelompok Tani Sumber Rejeki',
        groupType: 'farmers',
        intake: {
          solidarity: 'medium',
          trust: 'medium',
          norms: 'low',
          leaderPresentAndEnthusiastic: true,
        },
      },
    });
  const move = (user: SignedInUser, caseId: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, payload });

  it("enrols a community in the facilitator's district, at intake, with its allowed moves", async () => {
    const response = await enrol(facilitator, villageA);
    expect(response.statusCode).toBe(201);
    created = response.json<CaseBody>();
    expect(created).toMatchObject({
      stage: 'intake',
      version: 1,
      approach: 'selfHelp',
      overdue: false,
    });
    expect(created.allowedEvents.map((e) => e.event)).toEqual(['ADVANCE', 'HOLD', 'WITHDRAW']);
    // Enrolled by a facilitator: theirs to work with.
    expect(created.facilitatorId).toBe(facilitator.id);
  });

  it('does not let a facilitator enrol outside their regions', async () => {
    const response = await enrol(facilitator, villageB);
    expect(response.statusCode).toBe(422);
  });

  it('shows the case only to those whose program and region cover it', async () => {
    const mine = await supervisor.inject({ method: 'GET', url: '/api/cases' });
    expect(mine.headers['content-range']).toBe('cases 0-0/1');
    const theirs = await otherDistrictSupervisor.inject({ method: 'GET', url: '/api/cases' });
    expect(theirs.headers['content-range']).toMatch(/\/0$/);
    const direct = await otherDistrictSupervisor.inject({
      method: 'GET',
      url: `/api/cases/${created.id}`,
    });
    expect(direct.statusCode).toBe(404);
  });

  it('filters the list by region subtree and phase', async () => {
    const query = (filter: object) =>
      supervisor.inject({
        method: 'GET',
        url: `/api/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      });
    const regency = await api.dataSource
      .getRepository(RegionEntity)
      .findOneByOrFail({ code: '33.74' });
    const byRegency = await query({ regionId: regency.id });
    expect(byRegency.json()).toHaveLength(1);
    expect((await query({ phase: 'dialogue' })).json()).toHaveLength(0);
    expect((await query({ phase: 'intake', overdue: false })).json()).toHaveLength(1);
  });

  it("filters an admin's list by village and program as well, and counts every case", async () => {
    const admin = await api.loginAs({ role: 'admin' });
    const query = async (filter: object) => {
      const response = await admin.inject({
        method: 'GET',
        url: `/api/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      });
      const total = Number(response.headers['content-range']?.toString().split('/')[1]);
      return { ids: response.json<CaseBody[]>().map((body) => body.id), total };
    };
    const all = await query({});
    expect(all.ids).toContain(created.id);
    expect(all.total).toBe(all.ids.length);
    expect(await query({ regionId: villageA })).toEqual({ ids: [created.id], total: 1 });
    expect(await query({ regionId: villageB })).toEqual({ ids: [], total: 0 });
    expect(await query({ q: 'Tandang' })).toEqual({ ids: [created.id], total: 1 });
    expect((await query({ overdue: false })).total).toBe(all.total);
  });

  it('gates a move on the exit checklist, naming what is missing', async () => {
    const response = await move(facilitator, created.id, { event: 'ADVANCE', expectedVersion: 1 });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual(
      created.allowedEvents[0].checklist.map((item) => `checklist.${item}`),
    );
  });

  it('answers 409 with the allowed moves for an event the stage does not have', async () => {
    const response = await move(facilitator, created.id, {
      event: 'REPEAT_DISCOVERY',
      expectedVersion: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ allowedEvents: unknown[] }>().allowedEvents).toHaveLength(3);
  });

  it('records a forward move as a request; only another supervisor in scope approves it', async () => {
    const requested = await move(facilitator, created.id, {
      event: 'ADVANCE',
      checklist: created.allowedEvents[0].checklist,
      expectedVersion: 1,
    });
    expect(requested.statusCode).toBe(201);
    const request = requested.json<{ id: string; status: string }>();
    expect(request.status).toBe('pending');

    const approve = (user: SignedInUser) =>
      user.inject({
        method: 'POST',
        url: `/api/transition-requests/${request.id}/approve`,
        payload: {},
      });
    expect((await approve(otherDistrictSupervisor)).statusCode).toBe(404);
    expect((await approve(facilitator)).statusCode).toBe(403);
    expect((await approve(viewer)).statusCode).toBe(403);
    const approved = await approve(supervisor);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      stage: 'dialogue.preparingToWorkTogether',
      version: 2,
    });
  });

  it('refuses a move planned from a version that is no longer current', async () => {
    const response = await move(facilitator, created.id, {
      event: 'HOLD',
      reason: 'harvest',
      expectedVersion: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
  });

  it('keeps the history in order', async () => {
    const response = await viewer.inject({
      method: 'GET',
      url: `/api/cases/${created.id}/history`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ type: string }[]>().map((e) => e.type)).toEqual([
      'created',
      'approachChosen',
      'transitionRequested',
      'transitionApproved',
    ]);
  });

  it('never lets a viewer move a case', async () => {
    const response = await move(viewer, created.id, {
      event: 'HOLD',
      reason: 'x',
      expectedVersion: 2,
    });
    expect(response.statusCode).toBe(403);
  });

  // Last: a second case in the district would change the counts above.
  it('leaves a case a supervisor enrols without a facilitator until one is named', async () => {
    const response = await enrol(supervisor, villageA);
    expect(response.statusCode).toBe(201);
    expect(response.json<CaseBody>().facilitatorId).toBeNull();
  });
});
