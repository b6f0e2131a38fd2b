import { CaseEntity, type TransitionRequestEntity } from '@berdaya/db';
import { newCase, newProgram, useMigratedDatabase } from '@berdaya/db/testing';
import {
  evaluationSchedulerId,
  JOB_SCHEDULES,
  jobIntent,
  QUEUES,
  writeOutbox,
} from '@berdaya/jobs';
// The one throwaway redis-server of the test suites lives with the end-to-end ones; a spec may
// borrow it, nothing built may. FLUSHALL must never reach the machine's Redis.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ThrowawayRedis } from '../../../../tests/support/throwaway-redis';
import { SystemClock } from '../clock/clock';
import {
  approvalScene,
  newTransitionRequest,
  notificationsOf,
  SpecJobWorkers,
} from '../testing/job-runner.fixture';
import { SpecQueues, startRelay, uniquePrefix, until } from '../testing/outbox-relay.fixture';
import type { OutboxRelay } from '../outbox-relay/outbox-relay';
import { Reconciler, reconcilerMarkerKey } from './reconciler';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A calendar day `days` from today (UTC), as next_visit_due holds it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

describe('the reconciler, after Redis lost its data', () => {
  const db = useMigratedDatabase();
  let redis: ThrowawayRedis;
  let queues: SpecQueues;
  let relay: OutboxRelay;
  let workers: SpecJobWorkers | undefined;
  let reconciler: Reconciler;
  let prefix: string;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    prefix = uniquePrefix();
    queues = await SpecQueues.open(redis.url, prefix);
    relay = await startRelay(db.dataSource, queues, { pollIntervalMs: 50 });
    reconciler = new Reconciler({
      dataSource: db.dataSource,
      redis: queues.connection,
      clock: new SystemClock(),
      prefix,
    });
  });

  afterAll(async () => {
    await workers?.close();
    await relay?.stop();
    await queues?.close({ clean: false });
    await redis?.kill();
  });

  async function outboxRows(): Promise<number> {
    const [{ rows }] = await db.dataSource.query<{ rows: number }[]>(
      `SELECT count(*)::int AS rows FROM outbox`,
    );
    return rows;
  }

  async function backlog(): Promise<number> {
    const [{ rows }] = await db.dataSource.query<{ rows: number }[]>(
      `SELECT count(*)::int AS rows FROM outbox WHERE relayed_at IS NULL`,
    );
    return rows;
  }

  /** Every job due now has run, and the rows they wrote are relayed (and run) too. */
  async function settled(): Promise<void> {
    const busy = async () => {
      const counts = await Promise.all(
        QUEUES.map((name) => queues.queue(name).getJobCounts('waiting', 'active', 'prioritized')),
      );
      return counts.reduce((sum, c) => sum + c.waiting + c.active + c.prioritized, 0);
    };
    await until(
      async () => (await busy()) === 0 && (await backlog()) === 0 && (await busy()) === 0,
      20_000,
      'the jobs due now running',
    );
  }

  /** The delayed jobs of the queues, as [name, payload] sorted, the schedulers' left out. */
  async function delayedJobs(): Promise<string[]> {
    const scheduled = new Set<string>(JOB_SCHEDULES.map((s) => s.name));
    const jobs = await Promise.all(QUEUES.map((name) => queues.queue(name).getDelayed()));
    return jobs
      .flat()
      .filter((job) => !scheduled.has(job.name))
      .map(
        (job) => `${job.name} ${JSON.stringify(job.data, Object.keys(job.data as object).sort())}`,
      )
      .sort();
  }

  async function schedulerIds(): Promise<string[]> {
    const schedulers = await Promise.all(
      QUEUES.map((name) => queues.queue(name).getJobSchedulers()),
    );
    return schedulers
      .flat()
      .map((s) => s.key)
      .sort();
  }

  it('is cheap on a first start with nothing to do, and sets its marker', async () => {
    expect(await reconciler.reconcile()).toEqual({
      reconciled: true,
      cases: 0,
      requests: 0,
      rerelayed: 0,
      programs: 0,
    });
    expect(await queues.connection.exists(reconcilerMarkerKey(prefix))).toBe(1);
    expect(await schedulerIds()).toEqual(JOB_SCHEDULES.map((s) => s.id).sort());
    expect(await outboxRows()).toBe(0);
  });

  it('restores every due job after FLUSHALL; nobody is told twice', async () => {
    const scene = await approvalScene(db.dataSource);
    const cases = db.dataSource.getRepository(CaseEntity);
    const sameProgram = { programId: scene.theCase.programId, regionId: scene.theCase.regionId };
    const now = Date.now();
    // Case 1: a visit long overdue, and request 1 past its reminder.
    const case1 = scene.theCase;
    await cases.update(case1.id, {
      facilitatorId: scene.facilitatorInScope.id,
      nextVisitDue: dayFromNow(-30),
    });
    const request1 = await newTransitionRequest(db.dataSource, {
      caseId: case1.id,
      requestedBy: scene.requester.id,
      remindAt: new Date(now - HOUR),
      escalateAt: new Date(now + DAY),
      expireAt: new Date(now + 7 * DAY),
    });
    // Case 2: a visit due in two months; its request 2 is written while no job runs.
    const case2 = await newCase(db.dataSource, { ...sameProgram, nextVisitDue: dayFromNow(60) });
    // Case 3: a visit and request 3 with no outbox rows in the window (written, say, while the
    // worker was down for days): only PostgreSQL says what is due.
    const case3 = await newCase(db.dataSource, { ...sameProgram, nextVisitDue: dayFromNow(50) });

    await db.dataSource.transaction((tx) =>
      writeOutbox(tx, [
        jobIntent('notifications.approvalWaiting', { requestId: request1.id }),
        jobIntent('reminders.scheduleVisitReminder', { caseId: case1.id, caseVersion: 1 }),
        jobIntent('reminders.scheduleVisitReminder', { caseId: case2.id, caseVersion: 1 }),
      ]),
    );
    workers = await SpecJobWorkers.start(db.dataSource, redis.url, prefix);
    await settled();
    await workers.close();
    workers = undefined;

    const request2 = await newTransitionRequest(db.dataSource, {
      caseId: case2.id,
      requestedBy: scene.requester.id,
    });
    await db.dataSource.transaction((tx) =>
      writeOutbox(tx, [jobIntent('notifications.approvalWaiting', { requestId: request2.id })]),
    );
    const request3 = await newTransitionRequest(db.dataSource, {
      caseId: case3.id,
      requestedBy: scene.requester.id,
      remindAt: new Date(now - 2 * DAY),
      escalateAt: new Date(now - DAY),
      expireAt: new Date(now + 5 * DAY),
    });
    // Relayed, so its job waits in Redis for a worker: the flush loses it.
    await until(async () => (await backlog()) === 0, 10_000, 'relaying request 2');
    const before = await notificationsOf(db.dataSource);
    const ladderBefore = await delayedJobs();
    expect(await reconciler.reconcile()).toEqual({ reconciled: false, reason: 'marker present' });

    await queues.connection.flushall();
    expect(await queues.jobIds()).toEqual([]);
    expect(await schedulerIds()).toEqual([]);

    const outcome = await reconciler.reconcile();
    expect(outcome).toMatchObject({ reconciled: true, cases: 1, requests: 1 });
    expect(outcome.reconciled && outcome.rerelayed).toBeGreaterThan(0);
    expect(await schedulerIds()).toEqual(JOB_SCHEDULES.map((s) => s.id).sort());
    workers = await SpecJobWorkers.start(db.dataSource, redis.url, prefix);
    await settled();

    // Exactly what should be: what was told before once, and what the flush lost, once.
    const approvers = [scene.supervisor.id, scene.programManager.id];
    const key = (kind: string, subject: string, user: string) => `${kind}:${subject}:${user}`;
    const visitOverdue = [scene.facilitatorInScope.id, scene.supervisor.id, scene.requester.id];
    const expected = [
      ...approvers.map((u) => key('approvalWaiting', request1.id, u)),
      ...approvers.map((u) => key('approvalReminder', request1.id, u)),
      ...approvers.map((u) => key('approvalWaiting', request2.id, u)),
      ...approvers.map((u) => key('approvalWaiting', request3.id, u)),
      key('approvalEscalated', request3.id, scene.programManager.id),
      ...visitOverdue.map((u) => key('visitOverdue', `${case1.id}:${dayFromNow(-30)}`, u)),
    ].sort();
    const after = await notificationsOf(db.dataSource);
    expect(after.map((n) => n.idempotencyKey).sort()).toEqual(expected);
    // What was told before the flush was not told again (the rows are the same ones).
    expect(before.every((n) => after.some((a) => a.idempotencyKey === n.idempotencyKey))).toBe(
      true,
    );

    // The delayed jobs are back, each once: the ladders' next steps and the visits' alerts.
    const ladder = (request: TransitionRequestEntity) =>
      `reminders.approvalLadder ${JSON.stringify({ requestId: request.id })}`;
    const visit = (name: string, caseId: string, days: number) =>
      `reminders.${name} ${JSON.stringify({ caseId, dueOn: dayFromNow(days) }, ['caseId', 'dueOn'])}`;
    const delayed = await delayedJobs();
    expect(delayed).toEqual(
      [
        ladder(request1),
        ladder(request2),
        ladder(request3),
        visit('visitDue', case2.id, 60),
        visit('visitOverdue', case2.id, 60),
        visit('visitDue', case3.id, 50),
        visit('visitOverdue', case3.id, 50),
      ].sort(),
    );
    expect(ladderBefore).toEqual(
      [
        ladder(request1),
        visit('visitDue', case2.id, 60),
        visit('visitOverdue', case2.id, 60),
      ].sort(),
    );

    // With the marker back, a second reconcile writes nothing.
    const rows = await outboxRows();
    expect(await reconciler.reconcile()).toEqual({ reconciled: false, reason: 'marker present' });
    expect(await outboxRows()).toBe(rows);
  }, 60_000);

  it('reconciles once when workers find the marker gone together', async () => {
    await queues.connection.flushall();
    const other = new Reconciler({
      dataSource: db.dataSource,
      redis: queues.connection,
      clock: new SystemClock(),
      prefix,
    });
    const outcomes = await Promise.all([reconciler.reconcile(), other.reconcile()]);

    expect(outcomes.filter((o) => o.reconciled)).toHaveLength(1);
    const reasons = outcomes.flatMap((o) => (o.reconciled ? [] : [o.reason]));
    expect(reasons).toHaveLength(1);
    expect(['marker present', 'another worker reconciles']).toContain(reasons[0]);
  });

  it('applies again the evaluation schedule of each active program with one, once', async () => {
    const scheduled = await newProgram(db.dataSource, {
      evaluationCron: '0 8 1 * *',
      timezone: 'Asia/Jayapura',
    });
    await newProgram(db.dataSource, { evaluationCron: '0 8 1 * *', active: false });
    await newProgram(db.dataSource, { evaluationCron: null });
    await queues.connection.flushall();

    const outcome = await reconciler.reconcile();

    expect(outcome).toMatchObject({ reconciled: true, programs: 1 });
    const id = evaluationSchedulerId(scheduled.id);
    expect(await schedulerIds()).toEqual([...JOB_SCHEDULES.map((s) => s.id), id].sort());
    expect(await queues.queue('evaluations').getJobScheduler(id)).toMatchObject({
      name: 'evaluations.run',
      pattern: '0 8 1 * *',
      tz: 'Asia/Jayapura',
      template: { data: { programId: scheduled.id } },
    });
    const planned = async () =>
      (await queues.queue('evaluations').getDelayed()).map((job) => [
        job.name,
        job.data as unknown,
      ]);
    expect(await planned()).toEqual([['evaluations.run', { programId: scheduled.id }]]);

    // A second reconcile (the marker lost again) upserts the same id: still one of each.
    await queues.connection.del(reconcilerMarkerKey(prefix));
    expect(await reconciler.reconcile()).toMatchObject({ reconciled: true, programs: 1 });
    expect(await schedulerIds()).toEqual([...JOB_SCHEDULES.map((s) => s.id), id].sort());
    expect(await planned()).toEqual([['evaluations.run', { programId: scheduled.id }]]);
  });
});
