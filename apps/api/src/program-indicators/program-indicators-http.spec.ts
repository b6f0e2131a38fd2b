import { ProgramIndicatorSnapshotEntity } from '@berdaya/db';
import { newProgram } from '@berdaya/db/testing';
import { programIndicators, type ProgramIndicators } from '@berdaya/empowerment';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const FIRST = Date.parse('2031-01-01T01:00:00Z');
const DAY = 24 * 3_600_000;

/** Figures as a run finds them on a program with `active` active cases, `overdue` of them overdue. */
function figuresOf(active: number, overdue: number): ProgramIndicators {
  return programIndicators({
    today: '2031-03-20',
    overdueGraceDays: 3,
    stageOrder: ['intake'],
    casesByStatus: { active },
    stageEntries: [{ stage: 'intake', enteredOn: '2031-03-10', cases: active }],
    nextVisits: [
      { dueOn: '2031-03-01', cases: overdue },
      { dueOn: null, cases: active - overdue },
    ],
    decisions: [{ hours: 20, requests: 3 }],
    latestIndexes: [{ index: 55, cases: active }],
    latestChanges: [{ delta: 6, cases: active }],
  });
}

describe('GET /api/programs/:id/indicators: the latest snapshot and its history', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let supervisor: SignedInUser;
  let measured: string;
  let unmeasured: string;

  const indicatorsOf = (user: SignedInUser, programId: string) =>
    user.inject({ method: 'GET', url: `/api/programs/${programId}/indicators` });

  beforeAll(async () => {
    api = await startTestApi();
    measured = (await newProgram(api.dataSource, { name: 'Air Bersih Desa' })).id;
    unmeasured = (await newProgram(api.dataSource, { name: 'Kelompok Simpan Pinjam' })).id;
    admin = await api.loginAs({ role: 'admin' });
    supervisor = await api.loginAs({ role: 'supervisor', programIds: [unmeasured] });
    // Fourteen daily runs, inserted out of order: active cases 1 … 14, as many overdue as days.
    await api.dataSource.getRepository(ProgramIndicatorSnapshotEntity).save(
      [13, 0, 5, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].map((day) => ({
        programId: measured,
        takenAt: new Date(FIRST + day * DAY),
        figures: figuresOf(day + 1, day),
      })),
    );
  });

  afterAll(() => api.close());

  it('answers the latest figures and the last twelve snapshots, oldest first', async () => {
    const response = await indicatorsOf(admin, measured);

    expect(response.statusCode).toBe(200);
    const body = response.json<{ takenAt: string; figures: unknown; history: object[] }>();
    expect(body.takenAt).toBe(new Date(FIRST + 13 * DAY).toISOString());
    expect(body.figures).toEqual(figuresOf(14, 13));
    expect(body.history).toHaveLength(12);
    expect(body.history[0]).toEqual({
      takenAt: new Date(FIRST + 2 * DAY).toISOString(),
      activeCases: 3,
      medianDaysInStage: 10,
      overdueRate: 0.6667,
      approvalTurnaroundHours: 20,
      medianIndex: 55,
      improving: 3,
      stable: 0,
      declining: 0,
    });
    expect(body.history.map((point) => (point as { activeCases: number }).activeCases)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
  });

  it('answers nulls and no history for a program without a snapshot yet', async () => {
    const response = await indicatorsOf(supervisor, unmeasured);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      programId: unmeasured,
      takenAt: null,
      figures: null,
      history: [],
    });
  });

  it('answers a program out of scope as a 404, exactly like one that does not exist', async () => {
    const outOfScope = await indicatorsOf(supervisor, measured);
    const missing = await indicatorsOf(admin, MISSING_ID);

    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json()).toMatchObject({
      code: 'PROGRAM_NOT_FOUND',
      params: { id: measured },
      message: `Program ${measured} does not exist`,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'PROGRAM_NOT_FOUND',
      params: { id: MISSING_ID },
      message: `Program ${MISSING_ID} does not exist`,
    });
  });

  it('lets a viewer of the program read its indicators', async () => {
    const viewer = await api.loginAs({ role: 'viewer', programIds: [measured] });

    const response = await indicatorsOf(viewer, measured);

    expect(response.statusCode).toBe(200);
    expect(response.json<{ history: unknown[] }>().history).toHaveLength(12);
  });

  it('refuses an id that is not a uuid with a 400', async () => {
    const response = await admin.inject({ method: 'GET', url: '/api/programs/abc/indicators' });

    expect(response.statusCode).toBe(400);
  });

  it('documents the answer in the OpenAPI document', async () => {
    const response = await admin.inject({ method: 'GET', url: '/api/docs-json' });
    const document = response.json<{
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    }>();

    expect(document.paths['/api/programs/{id}/indicators']?.get?.responses['200']).toEqual({
      description: 'The latest snapshot',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/ProgramIndicators' } },
      },
    });
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ProgramIndicators', 'ProgramIndicatorFigures']),
    );
  });
});
