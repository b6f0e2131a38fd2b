import { ConfigModule, loadConfig } from '@berdaya/config';
import { DatabaseModule, prepareDatabase, ProgramEntity } from '@berdaya/db';
import { newCase, newProgram, useMigratedDatabase } from '@berdaya/db/testing';
import { calendarDayIn } from '@berdaya/empowerment';
import { evaluationSchedulerId, jobIntent, writeOutbox } from '@berdaya/jobs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobRunnerModule } from '../job-runner/job-runner.module';
import { finishedJob, SpecJobWorkers } from '../testing/job-runner.fixture';
import { SpecQueues, startRelay, uniquePrefix, until } from '../testing/outbox-relay.fixture';

const config = loadConfig(process.env);
const { redisUrl } = config;

describe("a program's evaluation schedule", () => {
  const db = useMigratedDatabase();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let jobs = 0;

  const programs = () => db.dataSource.getRepository(ProgramEntity);
  const queue = () => queues.queue('evaluations');

  async function applySchedule(programId: string) {
    jobs += 1;
    const jobId = `spec-${jobs}`;
    await queue().add('evaluations.scheduleProgram', { programId }, { jobId });
    return finishedJob(queue(), jobId);
  }

  /** The program's scheduler (its pattern, zone, job and next run), if it has one. */
  async function schedulerOf(programId: string) {
    const scheduler = await queue().getJobScheduler(evaluationSchedulerId(programId));
    return (
      scheduler && {
        pattern: scheduler.pattern,
        tz: scheduler.tz,
        name: scheduler.name,
        data: scheduler.template?.data as unknown,
        next: scheduler.next === undefined ? undefined : new Date(scheduler.next),
      }
    );
  }

  /** The runs planned for the program: its scheduler's next job (one, or none). */
  async function plannedRuns(programId: string) {
    const delayed = await queue().getDelayed();
    return delayed.filter((job) =>
      job.id?.startsWith(`repeat:${evaluationSchedulerId(programId)}:`),
    );
  }

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix);
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it("creates the program's scheduler with its pattern in its time zone", async () => {
    const program = await newProgram(db.dataSource, {
      evaluationCron: '0 0 * * *',
      timezone: 'Asia/Jakarta',
    });

    const job = await applySchedule(program.id);

    const scheduler = evaluationSchedulerId(program.id);
    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', scheduler, pattern: '0 0 * * *', tz: 'Asia/Jakarta' },
    });
    expect(await schedulerOf(program.id)).toMatchObject({
      pattern: '0 0 * * *',
      tz: 'Asia/Jakarta',
      name: 'evaluations.run',
      data: { programId: program.id },
    });
    // Midnight in Jakarta (UTC+7) is 17:00 UTC.
    expect((await schedulerOf(program.id))?.next?.toISOString().slice(11)).toBe('17:00:00.000Z');
    const runs = await plannedRuns(program.id);
    expect(runs.map((run) => [run.name, run.data as unknown])).toEqual([
      ['evaluations.run', { programId: program.id }],
    ]);
  });

  it('changes the pattern and the zone under the same scheduler, one run planned', async () => {
    const program = await newProgram(db.dataSource, {
      evaluationCron: '0 8 1 * *',
      timezone: 'Asia/Jakarta',
    });
    await applySchedule(program.id);

    await programs().update({ id: program.id }, { evaluationCron: '0 0 * * *' });
    await applySchedule(program.id);
    const repatterned = await schedulerOf(program.id);
    await programs().update({ id: program.id }, { timezone: 'Asia/Makassar' });
    await applySchedule(program.id);
    const makassar = await schedulerOf(program.id);
    await programs().update({ id: program.id }, { timezone: 'Asia/Jayapura' });
    await applySchedule(program.id);
    const jayapura = await schedulerOf(program.id);

    expect(repatterned).toMatchObject({ pattern: '0 0 * * *', tz: 'Asia/Jakarta' });
    expect(repatterned?.next?.toISOString().slice(11)).toBe('17:00:00.000Z');
    // Midnight in Makassar (UTC+8) and Jayapura (UTC+9).
    expect(makassar).toMatchObject({ pattern: '0 0 * * *', tz: 'Asia/Makassar' });
    expect(makassar?.next?.toISOString().slice(11)).toBe('16:00:00.000Z');
    expect(jayapura).toMatchObject({ pattern: '0 0 * * *', tz: 'Asia/Jayapura' });
    expect(jayapura?.next?.toISOString().slice(11)).toBe('15:00:00.000Z');
    const runs = await plannedRuns(program.id);
    expect(runs).toHaveLength(1);
    expect(runs[0].timestamp + runs[0].delay).toBe(jayapura?.next?.getTime());
  });

  it.each<[string, (id: string) => Promise<unknown>]>([
    ['its pattern is cleared', (id) => programs().update({ id }, { evaluationCron: null })],
    ['it is made inactive', (id) => programs().update({ id }, { active: false })],
    ['it is deleted', (id) => programs().delete({ id })],
  ])('removes the scheduler and its planned run when %s', async (_, change) => {
    const program = await newProgram(db.dataSource, { evaluationCron: '0 8 1 * *' });
    await applySchedule(program.id);
    expect(await schedulerOf(program.id)).toBeDefined();

    await change(program.id);
    const job = await applySchedule(program.id);
    const again = await applySchedule(program.id);

    const scheduler = evaluationSchedulerId(program.id);
    expect(job.returnvalue).toEqual({ outcome: 'done', scheduler, removed: true });
    expect(again.returnvalue).toEqual({ outcome: 'done', scheduler, removed: true });
    expect(await schedulerOf(program.id)).toBeUndefined();
    expect(await plannedRuns(program.id)).toEqual([]);
  });

  it('leaves one scheduler and one planned run when applied twice at once', async () => {
    const program = await newProgram(db.dataSource, { evaluationCron: '30 7 * * 1' });

    await Promise.all([applySchedule(program.id), applySchedule(program.id)]);

    const schedulers = await queue().getJobSchedulers();
    expect(schedulers.filter((s) => s.key === evaluationSchedulerId(program.id))).toHaveLength(1);
    expect(await plannedRuns(program.id)).toHaveLength(1);
  });

  it("applies the intent the api writes, and the scheduler's run marks the evaluations", async () => {
    const program = await newProgram(db.dataSource, {
      evaluationCron: '0 8 1 * *',
      timezone: 'Asia/Makassar',
    });
    const theCase = await newCase(db.dataSource, { programId: program.id });
    const relay = await startRelay(db.dataSource, queues, { pollIntervalMs: 50 });
    try {
      await db.dataSource.transaction((tx) =>
        writeOutbox(tx, [jobIntent('evaluations.scheduleProgram', { programId: program.id })]),
      );
      await until(
        async () => (await plannedRuns(program.id)).length === 1,
        10_000,
        'the scheduler planning its first run',
      );
    } finally {
      await relay.stop();
    }
    const [planned] = await plannedRuns(program.id);
    const next = (await schedulerOf(program.id))?.next ?? new Date(0);

    // Run it now rather than on the 1st at 08:00 WITA: it stands for the day it was planned for.
    await planned.promote();
    const run = await finishedJob(queue(), planned.id ?? '');

    expect(run).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', dueOn: calendarDayIn('Asia/Makassar', next), markedDue: 1 },
    });
    expect(calendarDayIn('Asia/Makassar', next).endsWith('-01')).toBe(true);
    const marked = await db.dataSource.query<{ caseId: string }[]>(
      `SELECT case_id AS "caseId" FROM evaluations WHERE status = 'due'`,
    );
    expect(marked).toEqual([{ caseId: theCase.id }]);
  });

  it("is applied by the worker's own module, whose queue closes at shutdown", async () => {
    const program = await newProgram(db.dataSource, {
      evaluationCron: '0 0 * * *',
      timezone: 'Asia/Makassar',
    });
    const { options } = db.dataSource;
    const databaseUrl = options.type === 'postgres' ? (options.url ?? '') : '';
    // The app closes the DataSource it is given; the spec's own stays open for its checks.
    const dataSource = await prepareDatabase({ databaseUrl });
    @Module({
      imports: [
        ConfigModule.forRoot({ ...config, databaseUrl }),
        DatabaseModule.forRoot(dataSource),
        JobRunnerModule.forRoot({ prefix: queue().opts.prefix }),
      ],
    })
    class SpecWorkerModule {}
    // The spec's workers step aside, so the module's run the job.
    await workers.close();
    const app = await NestFactory.createApplicationContext(SpecWorkerModule, { logger: false });
    try {
      const job = await applySchedule(program.id);

      expect(job.returnvalue).toMatchObject({ outcome: 'done', tz: 'Asia/Makassar' });
      expect(await schedulerOf(program.id)).toMatchObject({ tz: 'Asia/Makassar' });
    } finally {
      await app.close();
      workers = await SpecJobWorkers.start(db.dataSource, redisUrl, queue().opts.prefix ?? '');
    }
    const clients = await queues.connection.client('LIST');
    expect(String(clients)).not.toContain('name=berdaya-evaluation-schedules');
  });
});
