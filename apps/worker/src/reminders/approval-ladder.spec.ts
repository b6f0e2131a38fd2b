import { loadConfig } from '@berdaya/config';
import { TransitionRequestEntity } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { type JobName, type JobPayloads, queueOf } from '@berdaya/jobs';
import {
  approvalScene,
  finishedJob,
  newTransitionRequest,
  notificationsOf,
  SettableClock,
  SpecJobWorkers,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';

const { redisUrl } = loadConfig(process.env);

const REMIND_AT = '2031-02-04T01:00:00.000Z';
const ESCALATE_AT = '2031-02-08T01:00:00.000Z';
const EXPIRE_AT = '2031-02-15T01:00:00.000Z';

describe('the approval ladder', () => {
  const db = useMigratedDatabase();
  const clock = new SettableClock();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let scene: Awaited<ReturnType<typeof approvalScene>>;
  let request: TransitionRequestEntity;
  let jobs = 0;

  /** Adds a job as the relay would, and waits for its end. */
  async function run<N extends JobName>(name: N, payload: JobPayloads[N]) {
    jobs += 1;
    const jobId = `spec-${jobs}`;
    const queue = queues.queue(queueOf(name));
    await queue.add(name, payload, { jobId });
    return finishedJob(queue, jobId);
  }

  /** The ladder's job at `now`. */
  function ladderAt(now: string) {
    clock.set(now);
    return run('reminders.approvalLadder', { requestId: request.id });
  }

  async function plannedRuns() {
    const rows = await db.dataSource.query<{ payload: unknown; availableAt: Date }[]>(
      `SELECT payload, available_at AS "availableAt" FROM outbox
        WHERE job_name = 'reminders.approvalLadder' ORDER BY id`,
    );
    return rows.map((row) => [row.payload, row.availableAt.toISOString()]);
  }

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, clock);
    scene = await approvalScene(db.dataSource);
  });

  beforeEach(async () => {
    request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
      remindAt: new Date(REMIND_AT),
      escalateAt: new Date(ESCALATE_AT),
      expireAt: new Date(EXPIRE_AT),
    });
  });

  afterEach(async () => {
    clock.set(undefined);
    await db.dataSource.query('DELETE FROM notifications');
    await db.dataSource.query('DELETE FROM outbox');
    // Expired requests stay in history; only the pending one would block the next test's.
    await db.dataSource.query(`UPDATE transition_requests SET status = 'withdrawn'
                                WHERE status = 'pending'`);
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it('starts with the waiting notice: a run at the reminder instant, planned once', async () => {
    await run('notifications.approvalWaiting', { requestId: request.id });
    await run('notifications.approvalWaiting', { requestId: request.id });

    expect(await plannedRuns()).toEqual([[{ requestId: request.id }, REMIND_AT]]);
  });

  it('run early, plans itself again for the reminder', async () => {
    const job = await ladderAt('2031-02-04T00:59:59.000Z');

    expect(job.returnvalue).toEqual({
      outcome: 'skipped',
      reason: `no step due yet; next run at ${REMIND_AT}`,
    });
    expect(await notificationsOf(db.dataSource)).toEqual([]);
    expect(await plannedRuns()).toEqual([[{ requestId: request.id }, REMIND_AT]]);
  });

  it('reminds the approvers in scope once, and plans the escalation', async () => {
    const job = await ladderAt(REMIND_AT);
    const again = await ladderAt('2031-02-05T00:00:00.000Z');

    expect(job.returnvalue).toEqual({
      outcome: 'done',
      step: 'remind',
      recipients: 2,
      written: 2,
      next: ESCALATE_AT,
    });
    expect(again.returnvalue).toMatchObject({ step: 'remind', written: 0, next: null });
    const written = await notificationsOf(db.dataSource);
    expect(written.map((n) => [n.userId, n.kind, n.idempotencyKey]).sort()).toEqual(
      [scene.supervisor.id, scene.programManager.id]
        .map((id) => [id, 'approvalWaiting', `approvalReminder:${request.id}:${id}`])
        .sort(),
    );
    expect(written[0].payload).toMatchObject({
      requestId: request.id,
      groupName: 'KWT Melati',
      requestedByName: 'Rina Requester',
      reminder: true,
    });
    expect(await plannedRuns()).toEqual([[{ requestId: request.id }, ESCALATE_AT]]);
  });

  it('escalates to the program manager in scope, and plans the expiry', async () => {
    const job = await ladderAt('2031-02-09T00:00:00.000Z');

    expect(job.returnvalue).toEqual({
      outcome: 'done',
      step: 'escalate',
      recipients: 1,
      written: 1,
      next: EXPIRE_AT,
    });
    expect(await notificationsOf(db.dataSource)).toEqual([
      {
        userId: scene.programManager.id,
        kind: 'approvalWaiting',
        idempotencyKey: `approvalEscalated:${request.id}:${scene.programManager.id}`,
        payload: expect.objectContaining({ requestId: request.id, escalated: true }) as unknown,
      },
    ]);
    expect(await plannedRuns()).toEqual([[{ requestId: request.id }, EXPIRE_AT]]);
  });

  it('expires the request with its history and tells the requester, exactly once', async () => {
    const job = await ladderAt(EXPIRE_AT);
    const again = await ladderAt('2031-02-16T00:00:00.000Z');

    expect(job.returnvalue).toEqual({ outcome: 'done', step: 'expire', written: 1 });
    expect(again.returnvalue).toEqual({ outcome: 'skipped', reason: 'request already decided' });
    const stored = await db.dataSource
      .getRepository(TransitionRequestEntity)
      .findOneByOrFail({ id: request.id });
    expect([stored.status, stored.decidedAt?.toISOString()]).toEqual(['expired', EXPIRE_AT]);
    const history = await db.dataSource.query<unknown[]>(
      `SELECT type, actor_id AS "actorId", from_stage AS "fromStage", to_stage AS "toStage"
         FROM case_events WHERE payload->>'requestId' = $1`,
      [request.id],
    );
    expect(history).toEqual([
      { type: 'requestExpired', actorId: null, fromStage: 'intake', toStage: 'dialogue.preparing' },
    ]);
    expect(await notificationsOf(db.dataSource)).toEqual([
      {
        userId: scene.requester.id,
        kind: 'approvalDecided',
        idempotencyKey: `approvalDecided:${request.id}:${scene.requester.id}`,
        payload: expect.objectContaining({
          requestId: request.id,
          status: 'expired',
          decidedBy: null,
        }) as unknown,
      },
    ]);
    expect(await plannedRuns()).toEqual([]);
  });

  it('leaves a request decided meanwhile alone', async () => {
    await db.dataSource.query(`UPDATE transition_requests SET status = 'approved' WHERE id = $1`, [
      request.id,
    ]);

    const job = await ladderAt(EXPIRE_AT);

    expect(job.returnvalue).toEqual({ outcome: 'skipped', reason: 'request already decided' });
    expect(await notificationsOf(db.dataSource)).toEqual([]);
    expect(await plannedRuns()).toEqual([]);
  });
});
