import { ConfigModule, loadConfig } from '@berdaya/config';
import { DatabaseModule, prepareDatabase } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  approvalScene,
  finishedJob,
  newTransitionRequest,
  notificationsOf,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix, until } from '../testing/outbox-relay.fixture';
import { OutboxRelayModule } from '../outbox-relay/outbox-relay.module';
import { JobRunnerModule } from './job-runner.module';

describe('the relay and the job runner in one Nest application', () => {
  const db = useMigratedDatabase();
  const prefix = uniquePrefix();
  const config = loadConfig(process.env);
  let queues: SpecQueues;
  let app: INestApplicationContext;
  let scene: Awaited<ReturnType<typeof approvalScene>>;

  /** Writes the outbox intent as the api's move does; the id of its row. */
  async function requestWaits(requestId: string): Promise<string> {
    await db.dataSource.transaction((tx) =>
      writeOutbox(tx, [jobIntent('notifications.approvalWaiting', { requestId })]),
    );
    const [{ id }] = await db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox WHERE payload->>'requestId' = $1`,
      [requestId],
    );
    return id;
  }

  async function notifiedAbout(requestId: string): Promise<string[]> {
    const all = await notificationsOf(db.dataSource);
    return all
      .filter((n) => n.payload.requestId === requestId)
      .map((n) => n.userId)
      .sort();
  }

  beforeAll(async () => {
    queues = await SpecQueues.open(config.redisUrl, prefix);
    scene = await approvalScene(db.dataSource);
    const { options } = db.dataSource;
    const databaseUrl = options.type === 'postgres' ? (options.url ?? '') : '';
    // The app closes the DataSource it is given; the spec's own stays open for its checks.
    const dataSource = await prepareDatabase({ databaseUrl });

    // The worker's module, but with keys under the spec's own prefix.
    @Module({
      imports: [
        ConfigModule.forRoot({ ...config, databaseUrl }),
        DatabaseModule.forRoot(dataSource),
        OutboxRelayModule.forRoot({ prefix }),
        JobRunnerModule.forRoot({ prefix }),
      ],
    })
    class SpecWorkerModule {}
    app = await NestFactory.createApplicationContext(SpecWorkerModule, { logger: false });
  });

  afterAll(async () => {
    await app?.close();
    await queues?.close({ clean: true });
  });

  it('turns an outbox row into the notifications of the supervisors in scope', async () => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
    });

    const rowId = await requestWaits(request.id);

    const job = await finishedJob(queues.queue('notifications'), `outbox-${rowId}`);
    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', recipients: 2, written: 2 },
    });
    expect(await notifiedAbout(request.id)).toEqual(
      [scene.supervisor.id, scene.programManager.id].sort(),
    );
  });

  it('on shutdown lets the job in flight finish before the database goes', async () => {
    await db.dataSource.query(`UPDATE transition_requests SET status = 'withdrawn'`);
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
    });
    // An uncommitted notification with the key the job will write holds the job's INSERT until
    // this transaction ends: a job in flight for as long as the spec wants.
    const blocker = db.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query(
      `INSERT INTO notifications (user_id, kind, case_id, idempotency_key)
       VALUES ($1, 'approvalWaiting', $2, $3)`,
      [
        scene.supervisor.id,
        scene.theCase.id,
        `approvalWaiting:${request.id}:${scene.supervisor.id}`,
      ],
    );
    try {
      const rowId = await requestWaits(request.id);
      await until(
        async () => {
          const [{ waiting }] = await db.dataSource.query<{ waiting: number }[]>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return waiting > 0;
        },
        10_000,
        'the job waiting on the lock',
      );

      let closed = false;
      const closing = app.close().then(() => {
        closed = true;
      });
      await new Promise((wait) => setTimeout(wait, 500));
      expect(closed).toBe(false);

      await blocker.rollbackTransaction();
      await closing;

      const job = await finishedJob(queues.queue('notifications'), `outbox-${rowId}`, 1_000);
      expect(job).toMatchObject({
        state: 'completed',
        returnvalue: { outcome: 'done', recipients: 2, written: 2 },
      });
      expect(await notifiedAbout(request.id)).toEqual(
        [scene.supervisor.id, scene.programManager.id].sort(),
      );
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
  });
});
