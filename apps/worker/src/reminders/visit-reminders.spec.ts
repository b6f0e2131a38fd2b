import { loadConfig } from '@berdaya/config';
import { CaseEntity } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { type JobName, type JobPayloads, queueOf } from '@berdaya/jobs';
import {
  finishedJob,
  notificationsOf,
  SettableClock,
  SpecJobWorkers,
  visitScene,
} from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';

const { redisUrl } = loadConfig(process.env);

describe('visit reminders', () => {
  const db = useMigratedDatabase();
  const clock = new SettableClock();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let scene: Awaited<ReturnType<typeof visitScene>>;
  let jobs = 0;

  /** Adds a job as the relay would, and waits for its end. */
  async function run<N extends JobName>(name: N, payload: JobPayloads[N]) {
    jobs += 1;
    const jobId = `spec-${jobs}`;
    const queue = queues.queue(queueOf(name));
    await queue.add(name, payload, { jobId });
    return finishedJob(queue, jobId);
  }

  async function caseIs(changes: Partial<Pick<CaseEntity, 'nextVisitDue' | 'status'>>) {
    await db.dataSource.getRepository(CaseEntity).update({ id: scene.theCase.id }, changes);
  }

  async function outboxRows() {
    return db.dataSource.query<{ jobName: string; payload: unknown; availableAt: Date }[]>(
      `SELECT job_name AS "jobName", payload, available_at AS "availableAt"
         FROM outbox ORDER BY id`,
    );
  }

  const scheduleJob = () =>
    run('reminders.scheduleVisitReminder', { caseId: scene.theCase.id, caseVersion: 1 });

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, clock);
    // Jayapura is UTC+9 all year: 08:00 there is 23:00 UTC the day before.
    scene = await visitScene(db.dataSource, {
      timezone: 'Asia/Jayapura',
      visitReminderLeadDays: 2,
      overdueGraceDays: 3,
    });
  });

  beforeEach(async () => {
    await caseIs({ nextVisitDue: '2031-03-10', status: 'active' });
  });

  afterEach(async () => {
    clock.set(undefined);
    await db.dataSource.query('DELETE FROM notifications');
    await db.dataSource.query('DELETE FROM outbox');
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  describe('scheduling', () => {
    it('plans the reminder and the overdue alert at 08:00 in the program’s zone', async () => {
      clock.set('2031-01-01T00:00:00Z');

      const job = await scheduleJob();

      const caseId = scene.theCase.id;
      expect(job).toMatchObject({
        state: 'completed',
        returnvalue: {
          outcome: 'done',
          dueOn: '2031-03-10',
          remindAt: '2031-03-07T23:00:00.000Z',
          overdueAlertAt: '2031-03-13T23:00:00.000Z',
        },
      });
      expect(await outboxRows()).toEqual([
        {
          jobName: 'reminders.visitDue',
          payload: { caseId, dueOn: '2031-03-10' },
          availableAt: new Date('2031-03-07T23:00:00Z'),
        },
        {
          jobName: 'reminders.visitOverdue',
          payload: { caseId, dueOn: '2031-03-10' },
          availableAt: new Date('2031-03-13T23:00:00Z'),
        },
      ]);
    });

    it('plans instants already past for now', async () => {
      clock.set('2031-03-12T05:00:00Z');

      await scheduleJob();

      expect((await outboxRows()).map((row) => [row.jobName, row.availableAt])).toEqual([
        ['reminders.visitDue', new Date('2031-03-12T05:00:00Z')],
        ['reminders.visitOverdue', new Date('2031-03-13T23:00:00Z')],
      ]);
    });

    it.each([
      [{ status: 'onHold' as const }, 'case is onHold'],
      [{ nextVisitDue: null }, 'case has no visit due'],
    ])('plans nothing for a case with %j', async (changes, reason) => {
      await caseIs(changes);

      const job = await scheduleJob();

      expect(job.returnvalue).toEqual({ outcome: 'skipped', reason });
      expect(await outboxRows()).toEqual([]);
    });
  });

  describe('the reminder', () => {
    it('tells the facilitator of the coming visit', async () => {
      clock.set('2031-03-07T23:00:00Z');

      const job = await run('reminders.visitDue', {
        caseId: scene.theCase.id,
        dueOn: '2031-03-10',
      });

      expect(job.returnvalue).toEqual({ outcome: 'done', dueOn: '2031-03-10', written: 1 });
      expect(await notificationsOf(db.dataSource)).toEqual([
        {
          userId: scene.facilitator.id,
          kind: 'visitDue',
          idempotencyKey: `visitDue:${scene.theCase.id}:2031-03-10:${scene.facilitator.id}`,
          payload: { caseId: scene.theCase.id, groupName: 'KWT Melati', dueOn: '2031-03-10' },
        },
      ]);
    });

    it('is skipped when a visit was logged and the next one is due another day', async () => {
      await caseIs({ nextVisitDue: '2031-03-24' });
      clock.set('2031-03-07T23:00:00Z');

      const job = await run('reminders.visitDue', {
        caseId: scene.theCase.id,
        dueOn: '2031-03-10',
      });

      expect(job).toMatchObject({
        state: 'completed',
        returnvalue: { outcome: 'skipped', reason: 'the visit is now due on 2031-03-24' },
      });
      expect(await notificationsOf(db.dataSource)).toEqual([]);
    });

    it('is skipped for a case no longer active', async () => {
      await caseIs({ status: 'closed' });

      const job = await run('reminders.visitDue', {
        caseId: scene.theCase.id,
        dueOn: '2031-03-10',
      });

      expect(job.returnvalue).toEqual({ outcome: 'skipped', reason: 'case is closed' });
      expect(await notificationsOf(db.dataSource)).toEqual([]);
    });
  });

  describe('the overdue alert', () => {
    const overdue = () =>
      run('reminders.visitOverdue', { caseId: scene.theCase.id, dueOn: '2031-03-10' });

    it('tells the facilitator and the supervisor in scope, not a supervisor elsewhere', async () => {
      clock.set('2031-03-13T23:00:00Z');

      const job = await overdue();

      expect(job.returnvalue).toEqual({
        outcome: 'done',
        dueOn: '2031-03-10',
        recipients: 2,
        written: 2,
      });
      const written = await notificationsOf(db.dataSource);
      expect(written.map((n) => n.userId).sort()).toEqual(
        [scene.facilitator.id, scene.supervisor.id].sort(),
      );
      expect(written.map((n) => n.kind)).toEqual(['visitOverdue', 'visitOverdue']);
      expect(written.find((n) => n.userId === scene.supervisor.id)).toMatchObject({
        idempotencyKey: `visitOverdue:${scene.theCase.id}:2031-03-10:${scene.supervisor.id}`,
        payload: { caseId: scene.theCase.id, groupName: 'KWT Melati', dueOn: '2031-03-10' },
      });
    });

    it('notifies once when two schedules planned it for the same due day', async () => {
      clock.set('2031-03-14T02:00:00Z');
      await overdue();
      const first = await notificationsOf(db.dataSource);

      const again = await overdue();

      expect(again.returnvalue).toMatchObject({ outcome: 'done', recipients: 2, written: 0 });
      expect(await notificationsOf(db.dataSource)).toEqual(first);
    });

    it('is skipped when the visit was logged meanwhile', async () => {
      await caseIs({ nextVisitDue: '2031-03-24' });
      clock.set('2031-03-13T23:00:00Z');

      const job = await overdue();

      expect(job.returnvalue).toEqual({
        outcome: 'skipped',
        reason: 'the visit is now due on 2031-03-24',
      });
      expect(await notificationsOf(db.dataSource)).toEqual([]);
    });

    it('moves itself to the first overdue day when it runs before it', async () => {
      // The program's grace days grew from 3 to 5 after the alert was planned.
      await db.dataSource.query(`UPDATE programs SET overdue_grace_days = 5 WHERE id = $1`, [
        scene.program.id,
      ]);
      clock.set('2031-03-13T23:00:00Z');
      try {
        const job = await overdue();

        expect(job.returnvalue).toEqual({
          outcome: 'skipped',
          reason: 'visit not overdue yet; alert moved to 2031-03-15T23:00:00.000Z',
        });
        expect(await notificationsOf(db.dataSource)).toEqual([]);
        expect(await outboxRows()).toEqual([
          {
            jobName: 'reminders.visitOverdue',
            payload: { caseId: scene.theCase.id, dueOn: '2031-03-10' },
            availableAt: new Date('2031-03-15T23:00:00Z'),
          },
        ]);
      } finally {
        await db.dataSource.query(`UPDATE programs SET overdue_grace_days = 3 WHERE id = $1`, [
          scene.program.id,
        ]);
      }
    });
  });
});
