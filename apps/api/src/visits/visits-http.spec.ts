import { CaseEntity, type CaseEventEntity } from '@berdaya/db';
import {
  DEFAULT_PROCESS_DEFINITION,
  addDays,
  calendarDayIn,
  visitCadenceDays,
} from '@berdaya/empowerment';
import type { SignedInUser, TestApi } from '../testing/test-api';
import { startWithTwoCases } from '../testing/two-cases.fixture';

interface VisitBody {
  id: string;
  status: string;
}

/**
 * Visits through the api: planned and logged by whoever works on the case, invisible to anyone
 * else, and a visit done moves the case's next due visit on, in its history and the outbox alike.
 */
describe('visits through the api', () => {
  let api: TestApi;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let outsider: SignedInUser;
  let viewer: SignedInUser;
  let planned: VisitBody;
  const today = () => calendarDayIn('Asia/Jakarta', new Date());

  beforeAll(async () => {
    ({ api, mine, theirs, facilitator, outsider, viewer } = await startWithTwoCases());
  });

  afterAll(async () => {
    await api.close();
  });

  const plan = (user: SignedInUser, caseId: string) =>
    user.inject({
      method: 'POST',
      url: '/api/visits',
      payload: { caseId, plannedOn: today(), purpose: 'monitoring' },
    });
  const put = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'PUT', url: `/api/visits/${id}`, payload });
  const historyTypes = async (caseId: string) =>
    (
      await api.dataSource.query<Pick<CaseEventEntity, 'type'>[]>(
        'SELECT type FROM case_events WHERE case_id = $1 ORDER BY id',
        [caseId],
      )
    ).map((e) => e.type);

  it('plans a visit to a case in scope, in its history', async () => {
    const response = await plan(facilitator, mine.id);
    expect(response.statusCode).toBe(201);
    planned = response.json<VisitBody>();
    expect(planned).toMatchObject({ status: 'scheduled', facilitatorId: mine.facilitatorId });
    expect(await historyTypes(mine.id)).toEqual(['visitPlanned']);
  });

  it('refuses to plan under a case out of scope, naming caseId', async () => {
    const response = await plan(facilitator, theirs.id);
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields).toEqual([
      expect.objectContaining({ field: 'caseId', code: 'case_not_in_scope' }),
    ]);
  });

  it('hides the visit from those who do not see its case', async () => {
    const direct = await outsider.inject({ method: 'GET', url: `/api/visits/${planned.id}` });
    expect(direct.statusCode).toBe(404);
    const list = await outsider.inject({ method: 'GET', url: '/api/visits' });
    expect(list.json()).toEqual([]);
    expect((await put(outsider, planned.id, { status: 'missed' })).statusCode).toBe(404);
  });

  it('lists by case and status, sorted by planned day', async () => {
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine.id, status: 'scheduled' }));
    const response = await viewer.inject({
      method: 'GET',
      url: `/api/visits?filter=${filter}&sort=${encodeURIComponent('["plannedOn","DESC"]')}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBe('visits 0-0/1');
  });

  it("filters by the case's program", async () => {
    const byProgram = async (programId: string) =>
      (
        await viewer.inject({
          method: 'GET',
          url: `/api/visits?filter=${encodeURIComponent(JSON.stringify({ programId }))}`,
        })
      ).json<VisitBody[]>();
    expect((await byProgram(mine.programId)).map((v) => v.id)).toEqual([planned.id]);
    expect(await byProgram(theirs.programId)).toEqual([]);
  });

  it('never lets a viewer write', async () => {
    expect((await plan(viewer, mine.id)).statusCode).toBe(403);
  });

  it('names womenParticipants when they outnumber the participants', async () => {
    const response = await put(facilitator, planned.id, {
      status: 'done',
      doneOn: today(),
      participants: 10,
      womenParticipants: 12,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_FIELDS',
      fields: [{ field: 'womenParticipants', code: 'women_exceed_participants' }],
    });
  });

  it('logs a visit done: next due one cadence later, history and a reminder intent', async () => {
    const doneOn = today();
    const response = await put(facilitator, planned.id, {
      ...planned,
      status: 'done',
      doneOn,
      technique: 'FGD',
      participants: 20,
      womenParticipants: 12,
      rolePlayed: 'enabler',
      followUpActions: 'Pemetaan sumber daya minggu depan',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'done', doneOn, womenParticipants: 12 });

    const cadence = visitCadenceDays(DEFAULT_PROCESS_DEFINITION, 'intake', mine.approach);
    const updated = await api.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: mine.id });
    expect(updated.nextVisitDue).toBe(addDays(doneOn, cadence ?? 0));
    expect(await historyTypes(mine.id)).toEqual(['visitPlanned', 'visitLogged']);
    const outbox = await api.dataSource.query<{ payload: { caseId: string } }[]>(
      `SELECT payload FROM outbox WHERE job_name = 'reminders.scheduleVisitReminder'`,
    );
    expect(outbox.map((row) => row.payload.caseId)).toEqual([mine.id]);
  });

  it('does not turn a visit done into a missed one', async () => {
    expect((await put(facilitator, planned.id, { status: 'missed' })).json()).toMatchObject({
      statusCode: 409,
      code: 'VISIT_ALREADY',
      params: { status: 'done' },
    });
  });

  it('records a missed visit in history', async () => {
    const other = (await plan(facilitator, mine.id)).json<VisitBody>();
    expect((await put(facilitator, other.id, { status: 'missed' })).statusCode).toBe(200);
    expect((await historyTypes(mine.id)).slice(-2)).toEqual(['visitPlanned', 'visitMissed']);
  });
});
