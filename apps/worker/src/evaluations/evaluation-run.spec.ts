import { loadConfig } from '@berdaya/config';
import { type CaseEntity, ProgramEntity, type ProgramTimezone } from '@berdaya/db';
import { newCase, newProgram, newUser, useMigratedDatabase } from '@berdaya/db/testing';
import type { JobOutcome } from '@berdaya/jobs';
import {
  finishedJob,
  notificationsOf,
  SettableClock,
  SpecJobWorkers,
  visitScene,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';

const { redisUrl } = loadConfig(process.env);

// 16:30 UTC on 1 March is 23:30 on 1 March in Jakarta (WIB) and 00:30 on 2 March in Makassar.
const RUN_AT = '2031-03-01T16:30:00Z';

describe('a program evaluation run', () => {
  const db = useMigratedDatabase();
  const clock = new SettableClock();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let scene: Awaited<ReturnType<typeof visitScene>>;
  let cases: Record<
    'withFacilitator' | 'withoutFacilitator' | 'inactiveFacilitator' | 'onHold' | 'closed',
    CaseEntity
  >;
  let otherProgramCase: CaseEntity;
  let jobs = 0;

  async function run(programId: string) {
    jobs += 1;
    const jobId = `spec-${jobs}`;
    const queue = queues.queue('evaluations');
    await queue.add('evaluations.run', { programId }, { jobId });
    return finishedJob(queue, jobId);
  }

  /** The evaluations due, as [case, kind, due day], in case order. */
  async function dueEvaluations() {
    return db.dataSource.query<{ caseId: string; kind: string; dueOn: string }[]>(
      `SELECT case_id AS "caseId", kind, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
         FROM evaluations WHERE status = 'due' ORDER BY case_id, created_at`,
    );
  }

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, clock);
    scene = await visitScene(db.dataSource, {
      timezone: 'Asia/Jakarta',
      evaluationCron: '0 8 1 * *',
    });
    const inProgram = (overrides: Partial<CaseEntity>) =>
      newCase(db.dataSource, { programId: scene.program.id, ...overrides });
    const leaver = await newUser(db.dataSource, { active: false });
    cases = {
      withFacilitator: scene.theCase,
      withoutFacilitator: await inProgram({ facilitatorId: null }),
      inactiveFacilitator: await inProgram({ facilitatorId: leaver.id }),
      onHold: await inProgram({ status: 'onHold' }),
      closed: await inProgram({ status: 'closed' }),
    };
    await inProgram({ status: 'withdrawn' });
    otherProgramCase = await newCase(db.dataSource);
  });

  afterEach(async () => {
    clock.set(undefined);
    await db.dataSource.query('DELETE FROM notifications');
    await db.dataSource.query('DELETE FROM evaluations');
    await db.dataSource.query('DELETE FROM program_indicator_snapshots');
    await db.dataSource
      .getRepository(ProgramEntity)
      .update({ id: scene.program.id }, { active: true, evaluationCron: '0 8 1 * *' });
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it('marks an evaluation due for each active case, not those on hold or closed', async () => {
    clock.set(RUN_AT);

    const job = await run(scene.program.id);

    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', dueOn: '2031-03-01', markedDue: 3, notified: 1 },
    });
    const active = [cases.withFacilitator, cases.withoutFacilitator, cases.inactiveFacilitator];
    expect(await dueEvaluations()).toEqual(
      active
        .map((c) => ({ caseId: c.id, kind: 'periodic', dueOn: '2031-03-01' }))
        .sort((a, b) => a.caseId.localeCompare(b.caseId)),
    );
    expect((await dueEvaluations()).map((e) => e.caseId)).not.toContain(otherProgramCase.id);
  });

  it("stores the program's indicators once for the run's instant, the cases just marked counted", async () => {
    clock.set(RUN_AT);

    const first = await run(scene.program.id);
    const again = await run(scene.program.id);

    expect(first).toMatchObject({
      returnvalue: { outcome: 'done', snapshotTakenAt: new Date(RUN_AT).toISOString() },
    });
    expect(again).toMatchObject({ returnvalue: { outcome: 'done', markedDue: 0 } });
    const snapshots = await db.dataSource.query<
      { programId: string; takenAt: Date; activeCases: number }[]
    >(
      `SELECT program_id AS "programId", taken_at AS "takenAt",
              (figures->>'activeCases')::int AS "activeCases"
         FROM program_indicator_snapshots`,
    );
    expect(snapshots).toEqual([
      { programId: scene.program.id, takenAt: new Date(RUN_AT), activeCases: 3 },
    ]);
  });

  it("tells the case's active facilitator, once per evaluation", async () => {
    clock.set(RUN_AT);

    await run(scene.program.id);

    const [evaluation] = await db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM evaluations WHERE case_id = $1`,
      [cases.withFacilitator.id],
    );
    expect(await notificationsOf(db.dataSource)).toEqual([
      {
        userId: scene.facilitator.id,
        kind: 'evaluationDue',
        payload: {
          caseId: cases.withFacilitator.id,
          groupName: 'KWT Melati',
          dueOn: '2031-03-01',
          evaluationId: evaluation.id,
        },
        idempotencyKey: `evaluationDue:${evaluation.id}:${scene.facilitator.id}`,
      },
    ]);
  });

  it('marks and tells nothing new when it runs again, even on a later day', async () => {
    clock.set(RUN_AT);
    await run(scene.program.id);
    const marked = await dueEvaluations();
    clock.set('2031-03-02T01:00:00Z');

    const again = await run(scene.program.id);

    expect(again.returnvalue).toEqual({
      outcome: 'done',
      dueOn: '2031-03-02',
      markedDue: 0,
      notified: 0,
      snapshotTakenAt: '2031-03-02T01:00:00.000Z',
    });
    expect(await dueEvaluations()).toEqual(marked);
    expect(await notificationsOf(db.dataSource)).toHaveLength(1);
  });

  it('marks each case once when two runs overlap', async () => {
    clock.set(RUN_AT);

    const outcomes = await Promise.all([run(scene.program.id), run(scene.program.id)]);

    const counts = outcomes.map(({ returnvalue: r }) => (r.outcome === 'done' ? r.markedDue : r));
    expect(counts.sort()).toEqual([0, 3]);
    expect(await dueEvaluations()).toHaveLength(3);
    expect(await notificationsOf(db.dataSource)).toHaveLength(1);
  });

  it('marks a case again once its evaluation is done, and tells of the new one', async () => {
    clock.set(RUN_AT);
    await run(scene.program.id);
    await db.dataSource.query(
      `UPDATE evaluations
          SET status = 'done', evaluated_on = due_on, scores = '{}', empowerment_index = 60
        WHERE case_id = $1`,
      [cases.withFacilitator.id],
    );
    clock.set('2031-04-01T01:00:00Z');

    const next = await run(scene.program.id);

    expect(next.returnvalue).toEqual({
      outcome: 'done',
      dueOn: '2031-04-01',
      markedDue: 1,
      notified: 1,
      snapshotTakenAt: '2031-04-01T01:00:00.000Z',
    });
    const told = await notificationsOf(db.dataSource);
    expect(told.map((n) => n.payload.dueOn).sort()).toEqual(['2031-03-01', '2031-04-01']);
  });

  it.each<[string, Partial<ProgramEntity> | 'deleted', string]>([
    ['made inactive', { active: false }, 'program is inactive'],
    ['without a pattern any more', { evaluationCron: null }, 'program has no evaluation schedule'],
    ['gone', 'deleted', 'program does not exist'],
  ])('is skipped for a program %s, marking nothing', async (_, change, reason) => {
    clock.set(RUN_AT);
    let programId = scene.program.id;
    if (change === 'deleted') {
      // A program without cases, deleted after its scheduler's job was planned.
      const gone = await newProgram(db.dataSource, { evaluationCron: '0 8 1 * *' });
      await db.dataSource.getRepository(ProgramEntity).delete({ id: gone.id });
      programId = gone.id;
    } else {
      await db.dataSource.getRepository(ProgramEntity).update({ id: programId }, change);
    }

    const job = await run(programId);

    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'skipped', reason } satisfies JobOutcome,
    });
    expect(await dueEvaluations()).toEqual([]);
    expect(await notificationsOf(db.dataSource)).toEqual([]);
  });

  it.each<[ProgramTimezone, string, string]>([
    // Around 00:00 UTC the day in Indonesia is already the next one.
    ['Asia/Jakarta', '2031-03-01T23:59:00Z', '2031-03-02'],
    ['Asia/Jayapura', '2031-03-02T00:01:00Z', '2031-03-02'],
    // Around midnight in the zones themselves: 00:00 WIB is 17:00 UTC, 00:00 WITA 16:00 UTC.
    ['Asia/Jakarta', '2031-03-01T16:59:59Z', '2031-03-01'],
    ['Asia/Jakarta', '2031-03-01T17:00:00Z', '2031-03-02'],
    ['Asia/Makassar', '2031-03-01T15:59:59Z', '2031-03-01'],
    ['Asia/Makassar', '2031-03-01T16:00:00Z', '2031-03-02'],
    ['Asia/Jayapura', '2031-03-01T14:59:59Z', '2031-03-01'],
    ['Asia/Jayapura', '2031-03-01T15:00:00Z', '2031-03-02'],
  ])('in %s at %s marks the evaluation due on %s', async (timezone, at, dueOn) => {
    const program = await newProgram(db.dataSource, { timezone, evaluationCron: '0 0 * * *' });
    const theCase = await newCase(db.dataSource, { programId: program.id });
    clock.set(at);

    const job = await run(program.id);

    expect(job.returnvalue).toMatchObject({ outcome: 'done', dueOn, markedDue: 1 });
    expect(await dueEvaluations()).toEqual([{ caseId: theCase.id, kind: 'periodic', dueOn }]);
  });
});
