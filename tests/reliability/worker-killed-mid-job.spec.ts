import { prepareDatabase } from '@berdaya/db';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { QUEUE_DEFAULTS } from '@berdaya/jobs';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from '../support/built-app';
import { freePort } from '../support/free-port';
import { ThrowawayRedis } from '../support/throwaway-redis';
import {
  approvalWaitingCounts,
  eventually,
  insertCases,
  oncePerApprover,
  requestAdvance,
  seedApprovalFixture,
  signIn,
  type ApprovalFixture,
} from './approval-fixture';

/**
 * A worker killed with SIGKILL while its approvalWaiting job is half done: the job is left active
 * in BullMQ with a lock nobody renews, its transaction dies with the process, and another worker
 * takes the job over once BullMQ's stalled-job check (every 30 s, the worker's default) finds it.
 */
describe('a worker killed in the middle of a job', () => {
  const databaseUrl = freshDatabaseUrl();
  let redis: ThrowawayRedis;
  let dataSource: DataSource;
  let fixture: ApprovalFixture;
  let baseUrl: string;
  let redisClient: Redis;
  let notifications: Queue;

  // Jobs are named outbox-<row id> and every fresh database counts its rows from 1, so the
  // machine's Redis could already hold a completed job of that name: BullMQ would ignore ours.
  const workerEnv = (name: string) => ({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    // node-postgres names the worker's sessions, so the test can find its blocked statement.
    PGAPPNAME: name,
  });

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    dataSource = await prepareDatabase({ databaseUrl });
    fixture = await seedApprovalFixture(dataSource);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const api = BuiltApp.start(BUILT_MAIN.api, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
    });
    await api.waitForHttp(`${baseUrl}/api/health`, 30_000);
    redisClient = new Redis(redis.url, { maxRetriesPerRequest: null });
    notifications = new Queue('notifications', { ...QUEUE_DEFAULTS, connection: redisClient });
  }, 60_000);

  afterAll(async () => {
    await notifications?.close();
    redisClient?.disconnect();
    await stopBuiltApps();
    await redis?.kill();
    await dataSource?.destroy();
    await dropDatabase(databaseUrl);
  });

  it('finishes the job after a restart, with one notification per approver', async () => {
    const [caseId] = await insertCases(dataSource, fixture, 1);
    const first = BuiltApp.start(BUILT_MAIN.worker, workerEnv('reliability-worker-1'));
    await first.waitForOutput('worker ready', 30_000);

    // SHARE mode lets the handler read everything it reads but holds its INSERT of the notices,
    // inside the transaction that would also start the approval ladder.
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE notifications IN SHARE MODE');

      const token = await signIn(baseUrl, fixture);
      const { status, requestId } = await requestAdvance(baseUrl, token, caseId);
      expect(status).toBe(201);
      const [{ id: outboxId }] = await dataSource.query<{ id: string }[]>(
        `SELECT id FROM outbox WHERE job_name = 'notifications.approvalWaiting'
            AND payload->>'requestId' = $1`,
        [requestId],
      );
      const jobId = `outbox-${outboxId}`;

      const blockedPid = await eventually(
        "the first worker's INSERT of the notices waiting on the lock",
        async () => {
          const rows = await dataSource.query<{ pid: number }[]>(
            `SELECT pid FROM pg_stat_activity
              WHERE application_name = 'reliability-worker-1' AND wait_event_type = 'Lock'
                AND query LIKE '%INSERT INTO notifications%'`,
          );
          return rows[0]?.pid;
        },
        20_000,
      );
      expect(await notifications.getJobState(jobId)).toBe('active');

      await expect(first.stop('SIGKILL')).resolves.toEqual({ code: null, signal: 'SIGKILL' });
      await blocker.query('ROLLBACK');

      // The dead worker's session goes without committing: nothing was written, and the job
      // stays active in BullMQ, held by a lock that is no longer renewed.
      await eventually(
        "the killed worker's session to end",
        async () => {
          const rows = await dataSource.query<unknown[]>(
            `SELECT 1 FROM pg_stat_activity WHERE pid = $1`,
            [blockedPid],
          );
          return rows.length === 0 ? true : undefined;
        },
        10_000,
      );
      expect(await approvalWaitingCounts(dataSource)).toEqual([]);
      expect(await notifications.getJobState(jobId)).toBe('active');

      const restartedAt = Date.now();
      BuiltApp.start(BUILT_MAIN.worker, workerEnv('reliability-worker-2'));
      // The lock expires 30 s after it was last set; a stalled check (at most one per 30 s per
      // queue, whoever runs it) marks the job and the next one moves it back to wait. That is about
      // 60 s after the restart, and 90 s when a check finds the previous one's 30 s guard not yet
      // expired (seen once in three runs), so the wait allows for that.
      await eventually(
        'the job completed by the new worker',
        async () => ((await notifications.getJobState(jobId)) === 'completed' ? true : undefined),
        150_000,
        500,
      );
      const recoveredInSeconds = Math.round((Date.now() - restartedAt) / 1000);

      const job = await notifications.getJob(jobId);
      expect(job?.stalledCounter).toBe(1);
      expect(job?.returnvalue).toEqual({ outcome: 'done', recipients: 2, written: 2 });
      expect(await approvalWaitingCounts(dataSource)).toEqual(oncePerApprover([caseId], fixture));
      const ladders = await dataSource.query<unknown[]>(
        `SELECT 1 FROM outbox WHERE job_name = 'reminders.approvalLadder'
            AND payload->>'requestId' = $1`,
        [requestId],
      );
      expect(ladders).toHaveLength(1);
      // Not an assertion: how long the recovery took, for whoever tunes stalledInterval.
      process.stdout.write(`job recovered ${recoveredInSeconds} s after the restart\n`);
    } finally {
      await blocker.end();
    }
  }, 200_000);
});
