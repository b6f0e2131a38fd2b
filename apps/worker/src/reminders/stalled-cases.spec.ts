import { loadConfig } from '@berdaya/config';
import { CaseEntity } from '@berdaya/db';
import { newCase, useMigratedDatabase } from '@berdaya/db/testing';
import { STALLED_FLAG } from '@berdaya/empowerment';
import { queueOf } from '@berdaya/jobs';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import { NotificationWriter } from '../notifications/notification-writer';
import {
  finishedJob,
  notificationsOf,
  SettableClock,
  SpecJobWorkers,
  visitScene,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';
import { upsertJobSchedulers } from '../job-runner/job-schedulers';
import { DetectStalledHandler } from './detect-stalled.handler';
import { StalledCaseRepository } from './stalled-case.repository';

const { redisUrl } = loadConfig(process.env);

// Intake is expected to last 14 days with technical assistance (stage timing). Entered at 10:00
// WIB on 1 March, a case is stalled from 00:00 WIB on 16 March.
const ENTERED = new Date('2031-03-01T03:00:00Z');
const STALLED_AT = '2031-03-15T17:00:00Z';

describe('stalled-case detection', () => {
  const db = useMigratedDatabase();
  const clock = new SettableClock();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let scene: Awaited<ReturnType<typeof visitScene>>;
  let others: Record<'withinDuration' | 'onHold' | 'closed', CaseEntity>;
  let prefix: string;
  let jobs = 0;

  async function detect() {
    jobs += 1;
    const jobId = `spec-${jobs}`;
    const queue = queues.queue(queueOf('reminders.detectStalled'));
    await queue.add('reminders.detectStalled', {}, { jobId });
    return finishedJob(queue, jobId);
  }

  async function flagsOf(theCase: CaseEntity) {
    const found = await db.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: theCase.id });
    return found.riskFlags;
  }

  beforeAll(async () => {
    prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, clock);
    const intake = {
      stage: 'intake',
      approach: 'technicalAssistance',
      recommendedApproach: 'technicalAssistance',
    } as const;
    scene = await visitScene(
      db.dataSource,
      { timezone: 'Asia/Jakarta' },
      { ...intake, stageEnteredAt: ENTERED },
    );
    const other = (overrides: Partial<CaseEntity>) =>
      newCase(db.dataSource, { programId: scene.program.id, ...intake, ...overrides });
    others = {
      withinDuration: await other({ stageEnteredAt: new Date('2031-03-02T03:00:00Z') }),
      onHold: await other({ status: 'onHold', stageEnteredAt: ENTERED }),
      closed: await other({ status: 'closed', stageEnteredAt: ENTERED }),
    };
  });

  afterEach(async () => {
    clock.set(undefined);
    await db.dataSource.query('DELETE FROM notifications');
    await db.dataSource.query(`UPDATE cases SET risk_flags = '{}'`);
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it('flags a case past its expected duration and tells its facilitator and supervisor', async () => {
    clock.set(STALLED_AT);

    const job = await detect();

    expect(job).toMatchObject({ state: 'completed', returnvalue: { outcome: 'done', flagged: 1 } });
    expect(await flagsOf(scene.theCase)).toEqual([STALLED_FLAG]);
    const caseId = scene.theCase.id;
    const payload = {
      caseId,
      groupName: 'KWT Melati',
      stage: 'intake',
      stageEnteredAt: ENTERED.toISOString(),
      expectedDays: 14,
    };
    const key = (userId: string) => `caseStalled:${caseId}:${ENTERED.toISOString()}:${userId}`;
    // Not the supervisor of another district, nor the program manager.
    expect(await notificationsOf(db.dataSource)).toEqual(
      [scene.facilitator.id, scene.supervisor.id]
        .map((userId) => ({ userId, kind: 'caseStalled', idempotencyKey: key(userId), payload }))
        .sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey)),
    );
  });

  it('leaves alone a case within its duration, one on hold and a closed one', async () => {
    clock.set(STALLED_AT);

    await detect();

    for (const theCase of Object.values(others)) expect(await flagsOf(theCase)).toEqual([]);
    const told = await notificationsOf(db.dataSource);
    expect(told.every((n) => n.payload.caseId === scene.theCase.id)).toBe(true);
  });

  it('does not flag a case the day before it stalls', async () => {
    clock.set(new Date(new Date(STALLED_AT).getTime() - 1));

    const job = await detect();

    expect(job.returnvalue).toEqual({ outcome: 'done', flagged: 0 });
    expect(await flagsOf(scene.theCase)).toEqual([]);
  });

  it('tells of a stalled case once however often it runs', async () => {
    clock.set(STALLED_AT);

    await detect();
    const again = await detect();

    expect(again.returnvalue).toEqual({ outcome: 'done', flagged: 0 });
    expect(await flagsOf(scene.theCase)).toEqual([STALLED_FLAG]);
    expect(await notificationsOf(db.dataSource)).toHaveLength(2);
  });

  it('does not flag a case that moved between the read and the write', async () => {
    clock.set(STALLED_AT);
    const { dataSource } = db;
    const cases = new StalledCaseRepository(dataSource);
    // The case moves (stage_entered_at reset, as the api's move does) right after the scan read it.
    const read = cases.findActiveUnflagged.bind(cases);
    cases.findActiveUnflagged = async (afterId, limit) => {
      const batch = await read(afterId, limit);
      await dataSource
        .getRepository(CaseEntity)
        .update({ id: scene.theCase.id }, { stageEnteredAt: new Date(STALLED_AT) });
      return batch;
    };
    const handler = new DetectStalledHandler(
      dataSource,
      cases,
      new ApprovalRecipients(dataSource),
      new NotificationWriter(dataSource),
      clock,
    );

    try {
      const outcome = await handler.handle();

      expect(outcome).toEqual({ outcome: 'done', flagged: 0 });
      expect(await flagsOf(scene.theCase)).toEqual([]);
      expect(await notificationsOf(dataSource)).toEqual([]);
    } finally {
      await dataSource
        .getRepository(CaseEntity)
        .update({ id: scene.theCase.id }, { stageEnteredAt: ENTERED });
    }
  });

  it('runs hourly under one scheduler however many workers upsert it', async () => {
    await Promise.all([
      upsertJobSchedulers(queues.connection, prefix),
      upsertJobSchedulers(queues.connection, prefix),
    ]);

    const schedulers = await queues.queue('reminders').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.name, s.pattern])).toEqual([
      ['reminders.detectStalled.hourly', 'reminders.detectStalled', '0 * * * *'],
    ]);
  });
});
