import { prepareDatabase } from '@berdaya/db';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import type { DataSource } from 'typeorm';
import { BUILT_MAIN, BuiltApp, stopBuiltApps } from '../support/built-app';
import { freePort } from '../support/free-port';
import { ThrowawayRedis } from '../support/throwaway-redis';
import {
  approvalWaitingCounts,
  eventually,
  insertCases,
  oncePerApprover,
  outboxBacklog,
  requestAdvance,
  seedApprovalFixture,
  signIn,
  type ApprovalFixture,
} from './approval-fixture';

const MOVES = 20;
const OUTAGE_MS = 30_000;

/**
 * Redis goes away for 30 s while facilitators keep asking for moves: the api goes on accepting
 * them, their job intents wait in the outbox, and once Redis is back the worker relays and runs
 * every one of them, so each approver is told of each request exactly once.
 */
describe('moves requested while Redis is down', () => {
  const databaseUrl = freshDatabaseUrl();
  let redis: ThrowawayRedis;
  let dataSource: DataSource;
  let fixture: ApprovalFixture;
  let baseUrl: string;
  let api: BuiltApp;
  let worker: BuiltApp;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    dataSource = await prepareDatabase({ databaseUrl });
    fixture = await seedApprovalFixture(dataSource);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // Both on the throwaway server, the only one this test may stop.
    const env = { NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: redis.url };
    api = BuiltApp.start(BUILT_MAIN.api, { ...env, PORT: String(port) });
    worker = BuiltApp.start(BUILT_MAIN.worker, env);
    await api.waitForHttp(`${baseUrl}/api/health`, 30_000);
    await worker.waitForOutput('worker ready', 30_000);
  }, 60_000);

  afterAll(async () => {
    await stopBuiltApps();
    await redis?.kill();
    await dataSource?.destroy();
    await dropDatabase(databaseUrl);
  });

  it('accepts every move meanwhile and tells each approver once when Redis is back', async () => {
    const caseIds = await insertCases(dataSource, fixture, MOVES);
    const token = await signIn(baseUrl, fixture);
    await redis.kill();
    await eventually(
      'health to notice Redis is gone',
      async () => ((await fetch(`${baseUrl}/api/health`)).status === 503 ? true : undefined),
      15_000,
    );

    const statuses: number[] = [];
    const healthStatuses = new Set<number>();
    const backlogs: number[] = [];
    const outageStart = Date.now();
    for (const [index, caseId] of caseIds.entries()) {
      statuses.push((await requestAdvance(baseUrl, token, caseId)).status);
      healthStatuses.add((await fetch(`${baseUrl}/api/health`)).status);
      backlogs.push(await outboxBacklog(dataSource));
      // Spread over the outage: the last move lands just before Redis returns.
      const nextAt = outageStart + ((index + 1) * OUTAGE_MS) / MOVES;
      await new Promise((wait) => setTimeout(wait, Math.max(0, nextAt - Date.now())));
    }

    expect(statuses).toEqual(caseIds.map(() => 201));
    // Health says Redis is down; the moves did not need it.
    expect([...healthStatuses]).toEqual([503]);
    // Each move left its intent in the outbox and nothing reached a queue or an approver.
    expect(backlogs).toEqual(caseIds.map((_, index) => index + 1));
    expect(await approvalWaitingCounts(dataSource)).toEqual([]);

    expect({ api: api.hasExited, worker: worker.hasExited }).toEqual({ api: false, worker: false });

    redis = await ThrowawayRedis.start(redis.port);
    const recoveredAt = Date.now();
    const expected = oncePerApprover(caseIds, fixture);
    await eventually(
      'every approver told of every request, and the outbox empty',
      async () => {
        const counts = await approvalWaitingCounts(dataSource);
        const backlog = await outboxBacklog(dataSource);
        return counts.length === expected.length && backlog === 0 ? true : undefined;
      },
      60_000,
      500,
    );
    const caughtUpInSeconds = Math.round((Date.now() - recoveredAt) / 1000);

    expect(await approvalWaitingCounts(dataSource)).toEqual(expected);
    // Every request's ladder started once: the handler ran to its commit once per request.
    const ladders = await dataSource.query<{ rows: number; requests: number }[]>(
      `SELECT count(*)::int AS rows, count(DISTINCT payload->>'requestId')::int AS requests
         FROM outbox WHERE job_name = 'reminders.approvalLadder'`,
    );
    expect(ladders).toEqual([{ rows: MOVES, requests: MOVES }]);
    process.stdout.write(`caught up ${caughtUpInSeconds} s after Redis returned\n`);
  }, 120_000);
});
