import { CaseEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { SIX_ELEMENTS, type SixElement } from '@berdaya/empowerment';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

/** Every element scoring `score`, except the ones overridden. */
function newScores(overrides: Partial<Record<SixElement, number>> = {}, score = 3) {
  return {
    elements: { ...Object.fromEntries(SIX_ELEMENTS.map((e) => [e, score])), ...overrides },
  };
}

interface EvaluationBody {
  id: string;
  empowermentIndex: number;
  trend: { delta: number; direction: string } | null;
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
        .json<{ fields: { field: string }[] }>()
        .fields.map((f) => f.field)
        .sort(),
    ).toEqual(['scores.elements.problemSolving', 'scores.elements.selfDecision']);
  });

  it('refuses a case out of scope, naming caseId', async () => {
    const response = await evaluate(supervisor, theirs.id, '2026-03-01', newScores());
    expect(response.statusCode).toBe(422);
    expect(response.json<{ fields: { field: string }[] }>().fields[0].field).toBe('caseId');
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
});
