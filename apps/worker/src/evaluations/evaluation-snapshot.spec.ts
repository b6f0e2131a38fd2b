import { loadConfig } from '@berdaya/config';
import { newCase, newProgram, useMigratedDatabase } from '@berdaya/db/testing';
import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { finishedJob, SettableClock, SpecJobWorkers } from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';
import { EvaluationSnapshotHandler } from './evaluation-snapshot.handler';

const { redisUrl } = loadConfig(process.env);

describe("a program's indicators stored between runs", () => {
  const db = useMigratedDatabase();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, new SettableClock());
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  async function snapshot(programId: string, jobId: string) {
    const queue = queues.queue('evaluations');
    await queue.add('evaluations.snapshot', { programId }, { jobId });
    return finishedJob(queue, jobId);
  }

  const storedOf = (programId: string) =>
    db.dataSource.query<{ takenAt: Date; activeCases: number }[]>(
      `SELECT taken_at AS "takenAt", (figures->>'activeCases')::int AS "activeCases"
         FROM program_indicator_snapshots WHERE program_id = $1`,
      [programId],
    );

  it('stores one at the instant the job was made', async () => {
    const program = await newProgram(db.dataSource);
    await newCase(db.dataSource, { programId: program.id });
    await newCase(db.dataSource, { programId: program.id });

    const before = Date.now();
    const first = await snapshot(program.id, 'snapshot-1');
    const stored = await storedOf(program.id);

    expect(first).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', activeCases: 2 },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0].activeCases).toBe(2);
    expect(stored[0].takenAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(first.returnvalue).toMatchObject({ takenAt: stored[0].takenAt.toISOString() });
  });

  it('stores none again when the same job is retried', async () => {
    const program = await newProgram(db.dataSource);
    await newCase(db.dataSource, { programId: program.id });
    const handler = new EvaluationSnapshotHandler(db.dataSource, new SettableClock());
    // A retried job keeps the timestamp it was made with.
    const job = { timestamp: Date.parse('2031-05-01T01:00:00Z') } as Job<
      JobPayloads['evaluations.snapshot'],
      JobOutcome,
      'evaluations.snapshot'
    >;

    await handler.handle({ programId: program.id }, job);
    await handler.handle({ programId: program.id }, job);

    expect(await storedOf(program.id)).toEqual([
      { takenAt: new Date('2031-05-01T01:00:00Z'), activeCases: 1 },
    ]);
  });

  it('is skipped for a program that does not exist', async () => {
    const job = await snapshot(randomUUID(), 'snapshot-gone');

    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'skipped', reason: 'program does not exist' },
    });
  });
});
