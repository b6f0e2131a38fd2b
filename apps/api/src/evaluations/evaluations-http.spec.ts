import { CaseEntity, EvaluationEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { SIX_ELEMENTS, type SixElement } from '@berdaya/empowerment';
import { randomUUID } from 'node:crypto';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

/** Every element scoring `score`, except the ones overridden. */
function newScores(overrides: Partial<Record<SixElement, number>> = {}, score = 3) {
  return {
    elements: { ...Object.fromEntries(SIX_ELEMENTS.map((e) => [e, score])), ...overrides },
  };
}

interface EvaluationBody {
  id: string;
  status: string;
  empowermentIndex: number;
  trend: { delta: number; direction: string } | null;
}
interface ErrorBody {
  code: string;
  message: string;
  fields?: { field: string; code: string; params?: object }[];
}

/**
 * Evaluations through the api: the index from the scores, the trend against the evaluation before,
 * and a technical-assistance case flagged while self-decision and self-selection stay low.
 */
describe('evaluations through the api', () => {
  let api: TestApi;
  let assisted: CaseEntity;
  let theirs: CaseEntity;
  let supervisor: SignedInUser;
  let outsider: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    assisted = await newCase(api.dataSource, {
      approach: 'technicalAssistance',
      approachOverrideReason: 'the program brings irrigation skills',
    });
    theirs = await newCase(api.dataSource);
    supervisor = await api.loginAs({
      role: 'supervisor',
      programIds: [assisted.programId],
      regionIds: [assisted.regionId],
    });
    outsider = await api.loginAs({
      role: 'supervisor',
      programIds: [theirs.programId],
      regionIds: [theirs.regionId],
    });
  });

  afterAll(async () => {
    await api.close();
  });

  const evaluate = (user: SignedInUser, caseId: string, evaluatedOn: string, scores: unknown) =>
    user.inject({
      method: 'POST',
      url: '/api/evaluations',
      payload: { caseId, evaluatedOn, scores },
    });
  const riskFlags = async () =>
    (await api.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: assisted.id })).riskFlags;
  const low = newScores({ selfDecision: 1, selfSelection: 2 }, 2);

  it('names each bad score', async () => {
    const response = await evaluate(supervisor, assisted.id, '2026-03-01', {
      elements: { ...newScores().elements, selfDecision: 7, problemSolving: undefined },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json<{ fields: { field: string; code: string; params?: object }[] }>()
        .fields.map(({ field, code, params }) => ({ field, code, params }))
        .sort((a, b) => a.field.localeCompare(b.field)),
    ).toEqual([
      { field: 'scores.elements.problemSolving', code: 'required', params: undefined },
      { field: 'scores.elements.selfDecision', code: 'too_big', params: { maximum: 5 } },
    ]);
  });

  it('refuses a case out of scope, naming caseId', async () => {
    const response = await evaluate(supervisor, theirs.id, '2026-03-01', newScores());
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string; code: string }[] }>().fields[0]).toMatchObject({
      field: 'caseId',
      code: 'case_not_in_scope',
    });
  });

  it('stores the index; the first evaluation has no trend and no flag yet', async () => {
    const response = await evaluate(supervisor, assisted.id, '2026-03-01', low);
    expect(response.statusCode).toBe(201);
    expect(response.json<EvaluationBody>()).toMatchObject({ empowermentIndex: 20.8, trend: null });
    expect(await riskFlags()).toEqual([]);
  });

  it('flags dependency risk when the scores stay low, with a declining trend', async () => {
    const response = await evaluate(
      supervisor,
      assisted.id,
      '2026-06-01',
      newScores({ selfDecision: 1, selfSelection: 1 }, 1),
    );
    expect(response.json<EvaluationBody>()).toMatchObject({
      empowermentIndex: 0,
      trend: { delta: -20.8, direction: 'declining' },
    });
    expect(await riskFlags()).toEqual(['dependencyRisk']);
  });

  it('clears the flag once they rise, and records each evaluation in history', async () => {
    const response = await evaluate(supervisor, assisted.id, '2026-09-01', newScores({}, 4));
    expect(response.json<EvaluationBody>().trend).toEqual({ delta: 75, direction: 'improving' });
    expect(await riskFlags()).toEqual([]);
    const events = await api.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM case_events WHERE case_id = $1 AND type = 'evaluationRecorded'`,
      [assisted.id],
    );
    expect(events[0].count).toBe('3');
  });

  it('lists them by case with their trends, and hides them out of scope', async () => {
    const filter = encodeURIComponent(JSON.stringify({ caseId: assisted.id }));
    const list = await supervisor.inject({
      method: 'GET',
      url: `/api/evaluations?filter=${filter}&sort=${encodeURIComponent('["evaluatedOn","ASC"]')}`,
    });
    expect(list.json<EvaluationBody[]>().map((e) => e.trend?.direction ?? null)).toEqual([
      null,
      'declining',
      'improving',
    ]);
    const [first] = list.json<EvaluationBody[]>();
    const direct = await outsider.inject({ method: 'GET', url: `/api/evaluations/${first.id}` });
    expect(direct.statusCode).toBe(404);
    const theirList = await outsider.inject({ method: 'GET', url: '/api/evaluations' });
    expect(theirList.json()).toEqual([]);
  });

  describe('filling in a due evaluation', () => {
    let scheduled: CaseEntity;
    let viewer: SignedInUser;

    beforeAll(async () => {
      scheduled = await newCase(api.dataSource, {
        programId: assisted.programId,
        regionId: assisted.regionId,
        approach: 'technicalAssistance',
        approachOverrideReason: 'the program brings irrigation skills',
      });
      viewer = await api.loginAs({
        role: 'viewer',
        programIds: [scheduled.programId],
        regionIds: [scheduled.regionId],
      });
      await evaluate(supervisor, scheduled.id, '2026-03-01', low);
    });

    /** An evaluation the schedule made due, unscored, as the scheduler leaves it. */
    const newDue = async (dueOn = '2026-06-01') =>
      (
        await api.dataSource
          .getRepository(EvaluationEntity)
          .save({ caseId: scheduled.id, kind: 'periodic', status: 'due', dueOn })
      ).id;
    const fillIn = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
      user.inject({ method: 'PUT', url: `/api/evaluations/${id}`, payload });
    const statusOf = async (id: string) =>
      (await api.dataSource.getRepository(EvaluationEntity).findOneByOrFail({ id })).status;

    it('takes the whole record react-admin sends back: done, with index, trend and flag', async () => {
      const id = await newDue();
      // react-admin's edit form: the record as read, with the fields the facilitator filled in.
      const record = (
        await supervisor.inject({ method: 'GET', url: `/api/evaluations/${id}` })
      ).json<Record<string, unknown>>();
      const response = await fillIn(supervisor, id, {
        ...record,
        evaluatedOn: '2026-06-03',
        scores: newScores({ selfDecision: 1, selfSelection: 1 }, 1),
        notes: 'FGD at the village hall',
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id,
        caseId: scheduled.id,
        status: 'done',
        dueOn: '2026-06-01',
        evaluatedOn: '2026-06-03',
        empowermentIndex: 0,
        trend: { delta: -20.8, direction: 'declining' },
        notes: 'FGD at the village hall',
        evaluatorId: supervisor.id,
      });
      const { riskFlags } = await api.dataSource
        .getRepository(CaseEntity)
        .findOneByOrFail({ id: scheduled.id });
      expect(riskFlags).toEqual(['dependencyRisk']);
      const events = await api.dataSource.query<{ payload: unknown }[]>(
        `SELECT payload FROM case_events WHERE case_id = $1 AND type = 'evaluationRecorded' ORDER BY id`,
        [scheduled.id],
      );
      expect(events.at(-1)?.payload).toEqual({ evaluationId: id, empowermentIndex: 0 });
    });

    it('takes just the fields held: evaluatedOn and scores', async () => {
      const id = await newDue('2026-09-01');
      const response = await fillIn(supervisor, id, {
        evaluatedOn: '2026-09-02',
        scores: newScores({}, 4),
      });

      expect(response.statusCode).toBe(200);
      expect(response.json<EvaluationBody>()).toMatchObject({
        status: 'done',
        empowermentIndex: 75,
        trend: { delta: 75, direction: 'improving' },
      });
    });

    it('refuses a done evaluation with 409, leaving it as it was held', async () => {
      const id = await newDue('2026-12-01');
      await fillIn(supervisor, id, { evaluatedOn: '2026-12-02', scores: newScores({}, 4) });
      const response = await fillIn(supervisor, id, {
        evaluatedOn: '2026-12-30',
        scores: newScores({}, 5),
      });

      expect(response.statusCode).toBe(409);
      expect(response.json<ErrorBody>()).toMatchObject({
        code: 'EVALUATION_DONE',
        message: `evaluation ${id} is done already: a scored evaluation is kept as it was held`,
      });
      const after = await api.dataSource.getRepository(EvaluationEntity).findOneByOrFail({ id });
      expect(after).toMatchObject({ evaluatedOn: '2026-12-02', empowermentIndex: 75 });
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      [
        'a score out of range',
        { scores: newScores({ selfDecision: 7 }) },
        'scores.elements.selfDecision',
        'too_big',
      ],
      ['no scores', { scores: null }, 'scores', 'not_object'],
      ['a day that is not a date', { evaluatedOn: '3 June' }, 'evaluatedOn', 'not_date'],
      ['an unknown field', { score: 3 }, 'score', 'unknown_field'],
    ])('refuses %s with 400 naming it, leaving it due', async (_name, change, field, code) => {
      const id = await newDue();
      const response = await fillIn(supervisor, id, {
        evaluatedOn: '2026-06-03',
        scores: newScores(),
        ...change,
      });

      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().fields?.map((f) => [f.field, f.code])).toEqual([
        [field, code],
      ]);
      expect(await statusOf(id)).toBe('due');
    });

    it.each<[string, () => Promise<string>]>([
      ['of a case out of scope', newDue],
      ['that does not exist', () => Promise.resolve(randomUUID())],
    ])('answers 404 for an evaluation %s', async (_name, idOf) => {
      const id = await idOf();
      const response = await fillIn(outsider, id, {
        evaluatedOn: '2026-06-03',
        scores: newScores(),
      });

      expect(response.statusCode).toBe(404);
    });

    it('never lets a viewer fill one in', async () => {
      const id = await newDue();
      const response = await fillIn(viewer, id, {
        evaluatedOn: '2026-06-03',
        scores: newScores(),
      });

      expect(response.statusCode).toBe(403);
      expect(await statusOf(id)).toBe('due');
    });
  });
});
