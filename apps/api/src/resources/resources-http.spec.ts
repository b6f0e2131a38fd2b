import type { CaseEntity, CaseEventEntity } from '@berdaya/db';
import type { SignedInUser, TestApi } from '../testing/test-api';
import { startWithTwoCases } from '../testing/two-cases.fixture';

interface ResourceBody {
  id: string;
  blockers: string[];
}

/**
 * Resources through the api: recorded by whoever works on the case, in its history, invisible to
 * anyone else, with only the blockers the database knows.
 */
describe('resources through the api', () => {
  let api: TestApi;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let outsider: SignedInUser;
  let viewer: SignedInUser;
  let resource: ResourceBody;

  beforeAll(async () => {
    ({ api, mine, theirs, facilitator, outsider, viewer } = await startWithTwoCases());
  });

  afterAll(async () => {
    await api.close();
  });

  const create = (user: SignedInUser, caseId: string, blockers = ['notResponsive']) =>
    user.inject({
      method: 'POST',
      url: '/api/resources',
      payload: { caseId, name: 'Puskesmas desa', kind: 'socialInstitutional', blockers },
    });
  const put = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'PUT', url: `/api/resources/${id}`, payload });
  const remove = (user: SignedInUser, id: string) =>
    user.inject({ method: 'DELETE', url: `/api/resources/${id}` });
  const historyTypes = async (caseId: string) =>
    (
      await api.dataSource.query<Pick<CaseEventEntity, 'type'>[]>(
        'SELECT type FROM case_events WHERE case_id = $1 ORDER BY id',
        [caseId],
      )
    ).map((e) => e.type);

  it('records a resource of a case in scope, in its history', async () => {
    const response = await create(facilitator, mine.id);
    expect(response.statusCode).toBe(201);
    resource = response.json<ResourceBody>();
    expect(resource).toMatchObject({ blockers: ['notResponsive'], description: null });
    expect(await historyTypes(mine.id)).toEqual(['resourceRecorded']);
  });

  it('refuses to record one under a case out of scope, naming caseId', async () => {
    const response = await create(facilitator, theirs.id);
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields).toEqual([
      expect.objectContaining({ field: 'caseId', code: 'case_not_in_scope' }),
    ]);
  });

  it('names blockers the database does not know', async () => {
    const response = await create(facilitator, mine.id, ['tooFar']);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'blockers.0',
    ]);
  });

  it('hides the resource from those who do not see its case', async () => {
    const direct = await outsider.inject({ method: 'GET', url: `/api/resources/${resource.id}` });
    expect(direct.statusCode).toBe(404);
    const list = await outsider.inject({ method: 'GET', url: '/api/resources' });
    expect(list.json()).toEqual([]);
    expect((await put(outsider, resource.id, { blockers: [] })).statusCode).toBe(404);
    expect((await remove(outsider, resource.id)).statusCode).toBe(404);
  });

  it('lists by case and kind', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ caseId: mine.id, kind: 'socialInstitutional' }),
    );
    const response = await viewer.inject({ method: 'GET', url: `/api/resources?filter=${filter}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('resources 0-0/1');
  });

  it('never lets a viewer write', async () => {
    expect((await create(viewer, mine.id)).statusCode).toBe(403);
  });

  it('updates the blockers with the record sent back', async () => {
    const response = await put(facilitator, resource.id, {
      ...resource,
      blockers: ['notRecognised', 'conflictOfInterest'],
      description: 'Bidan jarang hadir',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      blockers: ['notRecognised', 'conflictOfInterest'],
      description: 'Bidan jarang hadir',
    });
  });

  it('deletes a resource, answering it as it was', async () => {
    const response = await remove(facilitator, resource.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: resource.id });
    const after = await facilitator.inject({ method: 'GET', url: `/api/resources/${resource.id}` });
    expect(after.statusCode).toBe(404);
  });
});
