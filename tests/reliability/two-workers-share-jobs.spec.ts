import { prepareDatabase } from '@berdaya/db';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { QUEUE_DEFAULTS } from '@berdaya/jobs';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from '../support/built-app';
import { ThrowawayRedis } from '../support/throwaway-redis';
import {
  approvalWaitingCounts,
  eventually,
  insertCases,
  insertPendingRequests,
  oncePerApprover,
  outboxBacklog,
  seedApprovalFixture,
  type ApprovalFixture,
} from './approval-fixture';

const REQUESTS = 1_000;
const WORKERS = ['reliability-worker-a', 'reliability-worker-b'];

/**
 * Two worker processes relay and run the same outbox side by side: every request's job runs once,
 * by one of them, and each approver is told once, however the two split the work.
 */
describe('two workers over 1,000 pending requests', () => {
  const databaseUrl = freshDatabaseUrl();
  let redis: ThrowawayRedis;
  let dataSource: DataSource;
  let fixture: ApprovalFixture;
  let redisClient: Redis;
  let notifications: Queue;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    dataSource = await prepareDatabase({ databaseUrl });
    fixture = await seedApprovalFixture(dataSource);
    // Test-only instrumentation: each notification records the session that wrote it, named per
    // worker through PGAPPNAME, to show which process ran its job.
    await dataSource.query(
      `ALTER TABLE notifications ADD COLUMN written_by text DEFAULT current_setting('application_name')`,
    );
    const workers = WORKERS.map((name) =>
      BuiltApp.start(BUILT_MAIN.worker, {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        PGAPPNAME: name,
      }),
    );
    await Promise.all(workers.map((worker) => worker.waitForOutput('worker ready', 30_000)));
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

  it('handles each request once, and both workers take part', async () => {
    const caseIds = await insertCases(dataSource, fixture, REQUESTS);
    // Written in one transaction once both workers are up, so neither has a head start.
    const startedAt = Date.now();
    await insertPendingRequests(dataSource, fixture, caseIds);

    // By name: the queue also holds other jobs (the hourly digest, in builds that have it).
    const finishedJobs = async () =>
      (await notifications.getJobs(['completed', 'failed'], 0, -1)).filter(
        (job) => job.name === 'notifications.approvalWaiting',
      );
    await eventually(
      'every approvalWaiting job finished and the outbox empty',
      async () =>
        (await finishedJobs()).length === REQUESTS && (await outboxBacklog(dataSource)) === 0
          ? true
          : undefined,
      60_000,
      500,
    );
    const seconds = Math.round((Date.now() - startedAt) / 1000);

    const jobs = await finishedJobs();
    expect(jobs).toHaveLength(REQUESTS);
    // Started once each (a second run would count here) and each wrote both notices: a run that
    // came after another would have found them written and answered written: 0.
    expect(jobs.filter((job) => job.attemptsStarted !== 1 || job.stalledCounter !== 0)).toEqual([]);
    expect(
      jobs.filter(
        (job) =>
          JSON.stringify(job.returnvalue) !== '{"outcome":"done","recipients":2,"written":2}',
      ),
    ).toEqual([]);
    expect(await approvalWaitingCounts(dataSource)).toEqual(oncePerApprover(caseIds, fixture));
    const ladders = await dataSource.query<{ rows: number; requests: number }[]>(
      `SELECT count(*)::int AS rows, count(DISTINCT payload->>'requestId')::int AS requests
         FROM outbox WHERE job_name = 'reminders.approvalLadder'`,
    );
    expect(ladders).toEqual([{ rows: REQUESTS, requests: REQUESTS }]);

    const split = await dataSource.query<{ writtenBy: string; notices: number }[]>(
      `SELECT written_by AS "writtenBy", count(*)::int AS notices
         FROM notifications GROUP BY written_by ORDER BY written_by`,
    );
    expect(split.map((row) => row.writtenBy)).toEqual(WORKERS);
    process.stdout.write(
      `${REQUESTS} jobs in ${seconds} s; notices written: ${JSON.stringify(split)}\n`,
    );
  }, 90_000);
});
