import { loadConfig } from '@berdaya/config';
import { useMigratedDatabase } from '@berdaya/db/testing';
import type { JobName, JobPayloads } from '@berdaya/jobs';
import {
  approvalScene,
  finishedJob,
  newTransitionRequest,
  notificationsOf,
  SpecJobWorkers,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';

const { redisUrl } = loadConfig(process.env);

describe('approval notifications', () => {
  const db = useMigratedDatabase();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let scene: Awaited<ReturnType<typeof approvalScene>>;
  let jobs = 0;

  /** Adds a job as the relay would, and waits for its end. */
  async function run<N extends JobName>(name: N, payload: JobPayloads[N]) {
    jobs += 1;
    const jobId = `outbox-${jobs}`;
    const queue = queues.queue(name.startsWith('notifications.') ? 'notifications' : 'reminders');
    await queue.add(name, payload, { jobId });
    return finishedJob(queue, jobId);
  }

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix);
    scene = await approvalScene(db.dataSource);
  });

  afterEach(async () => {
    await db.dataSource.query('DELETE FROM notifications');
    await db.dataSource.query('DELETE FROM transition_requests');
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it('tells the supervisor and the program manager in scope that a request waits, nobody else', async () => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
    });

    const job = await run('notifications.approvalWaiting', { requestId: request.id });

    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'done', recipients: 2, written: 2 },
    });
    const written = await notificationsOf(db.dataSource);
    expect(written.map((n) => n.userId).sort()).toEqual(
      [scene.supervisor.id, scene.programManager.id].sort(),
    );
    expect(written.find((n) => n.userId === scene.supervisor.id)).toEqual({
      userId: scene.supervisor.id,
      kind: 'approvalWaiting',
      idempotencyKey: `approvalWaiting:${request.id}:${scene.supervisor.id}`,
      payload: {
        requestId: request.id,
        caseId: scene.theCase.id,
        groupName: 'KWT Melati',
        event: 'NEXT',
        fromStage: 'intake',
        toStage: 'dialogue.preparing',
        requestedBy: scene.requester.id,
        requestedByName: 'Rina Requester',
      },
    });
  });

  it('writes nothing new when the same job runs again', async () => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
    });
    await run('notifications.approvalWaiting', { requestId: request.id });
    const first = await notificationsOf(db.dataSource);

    const again = await run('notifications.approvalWaiting', { requestId: request.id });

    expect(again.returnvalue).toEqual({ outcome: 'done', recipients: 2, written: 0 });
    expect(await notificationsOf(db.dataSource)).toEqual(first);
  });

  it('skips the waiting notice of a request decided before the job ran, and says why', async () => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
      status: 'approved',
      decidedBy: scene.supervisor.id,
      decidedAt: new Date(),
    });

    const job = await run('notifications.approvalWaiting', { requestId: request.id });

    expect(job).toMatchObject({
      state: 'completed',
      returnvalue: { outcome: 'skipped', reason: 'request already decided' },
    });
    expect(await notificationsOf(db.dataSource)).toEqual([]);
  });

  it('tells the requester how the request was decided, once', async () => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
      status: 'rejected',
      decidedBy: scene.supervisor.id,
      decidedAt: new Date(),
      decisionComment: 'The trust-building meetings are not recorded yet',
    });

    const job = await run('notifications.approvalDecided', { requestId: request.id });
    await run('notifications.approvalDecided', { requestId: request.id });

    expect(job.returnvalue).toEqual({ outcome: 'done', status: 'rejected', written: 1 });
    expect(await notificationsOf(db.dataSource)).toEqual([
      {
        userId: scene.requester.id,
        kind: 'approvalDecided',
        idempotencyKey: `approvalDecided:${request.id}:${scene.requester.id}`,
        payload: {
          requestId: request.id,
          caseId: scene.theCase.id,
          groupName: 'KWT Melati',
          event: 'NEXT',
          fromStage: 'intake',
          toStage: 'dialogue.preparing',
          status: 'rejected',
          decisionComment: 'The trust-building meetings are not recorded yet',
          decidedBy: scene.supervisor.id,
          decidedByName: 'Sri Supervisor',
        },
      },
    ]);
  });

  it.each([
    ['pending', 'request not decided yet'],
    ['withdrawn', 'request withdrawn by its requester'],
  ] as const)('skips the decided notice of a %s request', async (status, reason) => {
    const request = await newTransitionRequest(db.dataSource, {
      caseId: scene.theCase.id,
      requestedBy: scene.requester.id,
      status,
    });

    const job = await run('notifications.approvalDecided', { requestId: request.id });

    expect(job.returnvalue).toEqual({ outcome: 'skipped', reason });
    expect(await notificationsOf(db.dataSource)).toEqual([]);
  });

  it('fails a job about a request that does not exist, without retries', async () => {
    const job = await run('notifications.approvalWaiting', {
      requestId: '00000000-0000-4000-8000-000000000000',
    });

    expect(job).toMatchObject({
      state: 'failed',
      attemptsMade: 1,
      failedReason: 'transition request 00000000-0000-4000-8000-000000000000 does not exist',
    });
  });
});
