import {
  CaseEntity,
  ProgramEntity,
  RegionEntity,
  TransitionRequestEntity,
  UserEntity,
  VisitEntity,
  WorkflowDefinitionEntity,
} from '@berdaya/db';
import { allowedEvents, stagePathOf } from '@berdaya/workflow';
import { startTestApi, type TestApi } from '../testing/test-api';
import { DEMO_CASE_COUNT, DEMO_EVALUATION_CRON, seedDemo } from './demo-seed';
import { DEMO_USERS } from './demo-users';

describe('the demo seed', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('loads the demo foundation into a fresh database well within a minute', async () => {
    const started = Date.now();
    const outcome = await seedDemo(api.dataSource);
    expect(outcome.seeded).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
    const count = (entity: typeof RegionEntity | typeof ProgramEntity | typeof UserEntity) =>
      api.dataSource.getRepository(entity).count();
    expect(await count(RegionEntity)).toBe(2 + 4 + 8 + 200);
    expect(await count(ProgramEntity)).toBe(2);
    expect(await count(UserEntity)).toBe(DEMO_USERS.length);
    expect(await api.dataSource.getRepository(CaseEntity).count()).toBe(DEMO_CASE_COUNT);
  });

  it('leaves every case with a snapshot its definition accepts, at the stage it says', async () => {
    const definitions = new Map(
      (await api.dataSource.getRepository(WorkflowDefinitionEntity).find()).map((row) => [
        `${row.id}@${row.version}`,
        row.definition,
      ]),
    );
    const cases = await api.dataSource.getRepository(CaseEntity).find();
    for (const row of cases) {
      const definition = definitions.get(
        `${row.workflowDefinitionId}@${row.workflowDefinitionVersion}`,
      );
      expect(definition).toBeDefined();
      expect(stagePathOf(row.snapshot)).toBe(row.stage);
      const moves = allowedEvents(definition!, row.snapshot);
      expect(moves.length > 0).toBe(row.status === 'active' || row.status === 'onHold');
    }
    expect(new Set(cases.map((row) => row.stage.split('.')[0])).size).toBeGreaterThan(8);
  });

  it('leaves pending requests, scheduled and overdue visits, and full histories', async () => {
    const { dataSource } = api;
    expect(
      await dataSource.getRepository(TransitionRequestEntity).countBy({ status: 'pending' }),
    ).toBeGreaterThan(0);
    expect(await dataSource.getRepository(VisitEntity).countBy({ status: 'done' })).toBeGreaterThan(
      0,
    );
    const [{ overdue }] = await dataSource.query<{ overdue: number }[]>(
      `SELECT count(*)::int AS overdue FROM cases WHERE status = 'active' AND next_visit_due < current_date - 3`,
    );
    expect(overdue).toBeGreaterThan(0);
    const [{ without }] = await dataSource.query<{ without: number }[]>(
      `SELECT count(*)::int AS without FROM cases c WHERE NOT EXISTS
         (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'created')`,
    );
    expect(without).toBe(0);
    const [{ evaluated }] = await dataSource.query<{ evaluated: number }[]>(
      `SELECT count(*)::int AS evaluated FROM evaluations WHERE empowerment_index IS NOT NULL`,
    );
    expect(evaluated).toBeGreaterThan(0);
  });

  it("asks the worker for each program's evaluation scheduler and a first indicators snapshot", async () => {
    const programs = await api.dataSource
      .getRepository(ProgramEntity)
      .find({ order: { name: 'ASC' } });
    expect(programs.map((program) => program.evaluationCron)).toEqual([
      DEMO_EVALUATION_CRON,
      DEMO_EVALUATION_CRON,
    ]);
    const intents = await api.dataSource.query<{ jobName: string; programId: string }[]>(
      `SELECT job_name AS "jobName", payload->>'programId' AS "programId" FROM outbox ORDER BY id`,
    );
    expect(intents).toEqual(
      programs.flatMap((program) => [
        { jobName: 'evaluations.scheduleProgram', programId: program.id },
        { jobName: 'evaluations.snapshot', programId: program.id },
      ]),
    );
  });

  it('lets every demo user sign in with the documented password', async () => {
    for (const user of DEMO_USERS) {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: user.password },
      });
      expect({ email: user.email, status: response.statusCode }).toEqual({
        email: user.email,
        status: 200,
      });
    }
  });

  it('changes nothing when run again, and says why', async () => {
    const outcome = await seedDemo(api.dataSource);
    expect(outcome.seeded).toBe(false);
    expect(JSON.stringify(outcome)).toContain('already there');
    expect(await api.dataSource.getRepository(CaseEntity).count()).toBe(DEMO_CASE_COUNT);
  });
});
