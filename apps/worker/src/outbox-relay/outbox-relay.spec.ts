import { loadConfig } from '@berdaya/config';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { type JobIntent, jobIntent, writeOutbox } from '@berdaya/jobs';
import { Queue } from 'bullmq';
import {
  RecordingLogger,
  SpecQueues,
  startRelay,
  uniquePrefix,
  listenersOn,
  until,
} from '../testing/outbox-relay.fixture';
import { LISTENER_APPLICATION_NAME } from './outbox-listener';
import type { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';

const { redisUrl } = loadConfig(process.env);

describe('the outbox relay', () => {
  const db = useMigratedDatabase();
  const relays: OutboxRelay[] = [];
  const opened: SpecQueues[] = [];
  let backlog: OutboxRepository;

  async function queuesOfOneRelay(prefix: string): Promise<SpecQueues> {
    const queues = await SpecQueues.open(redisUrl, prefix);
    opened.push(queues);
    return queues;
  }

  async function write(intents: JobIntent[]): Promise<void> {
    await db.dataSource.transaction((tx) => writeOutbox(tx, intents));
  }

  async function allRelayed(): Promise<boolean> {
    return (await backlog.outboxBacklog()).rows === 0;
  }

  beforeAll(() => {
    backlog = new OutboxRepository(db.dataSource);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    for (const queues of opened.splice(0)) await queues.close({ clean: true });
    await db.dataSource.query('DELETE FROM outbox');
    jest.restoreAllMocks();
  });

  it('turns each row into one job of its queue, woken by NOTIFY well within the poll interval', async () => {
    const queues = await queuesOfOneRelay(uniquePrefix());
    // A poll a minute away: only the notification can explain a prompt relay.
    relays.push(await startRelay(db.dataSource, queues, { pollIntervalMs: 60_000 }));
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
    const aMinuteAgo = new Date(Date.now() - 60 * 1000);

    const written = Date.now();
    await write([
      jobIntent('notifications.approvalWaiting', { requestId: 'r1' }),
      jobIntent('reminders.scheduleVisitReminder', { caseId: 'c1', caseVersion: 2 }, inAnHour),
      jobIntent('notifications.approvalDecided', { requestId: 'r2' }, aMinuteAgo),
    ]);
    await until(allRelayed, 5_000, 'relaying');
    const latencyMs = Date.now() - written;

    expect(latencyMs).toBeLessThan(500);
    const rows = await db.dataSource.query<{ id: string; relayed_at: Date | null }[]>(
      'SELECT id, relayed_at FROM outbox ORDER BY id',
    );
    expect(rows.every((row) => row.relayed_at instanceof Date)).toBe(true);
    const [waiting, reminder, decided] = rows.map((row) => `outbox-${row.id}`);
    expect((await queues.jobIds()).sort()).toEqual([waiting, reminder, decided].sort());

    const waitingJob = await queues.queue('notifications').getJob(waiting);
    expect(waitingJob).toMatchObject({
      name: 'notifications.approvalWaiting',
      data: { requestId: 'r1' },
      opts: { delay: 0, attempts: 5, removeOnFail: false },
    });
    expect(await waitingJob?.getState()).toBe('waiting');

    const decidedJob = await queues.queue('notifications').getJob(decided);
    expect(decidedJob).toMatchObject({
      name: 'notifications.approvalDecided',
      opts: { delay: 0 },
    });

    const reminderJob = await queues.queue('reminders').getJob(reminder);
    expect(reminderJob).toMatchObject({
      name: 'reminders.scheduleVisitReminder',
      data: { caseId: 'c1', caseVersion: 2 },
    });
    expect(await reminderJob?.getState()).toBe('delayed');
    const delay = reminderJob?.opts.delay ?? 0;
    expect(delay).toBeLessThanOrEqual(inAnHour.getTime() - written);
    expect(delay).toBeGreaterThan(inAnHour.getTime() - written - 5_000);
  });

  it('moves each of 1,000 rows exactly once with two relays side by side', async () => {
    const prefix = uniquePrefix();
    const [first, second] = [await queuesOfOneRelay(prefix), await queuesOfOneRelay(prefix)];
    const addBulk = jest.spyOn(Queue.prototype, 'addBulk');
    relays.push(
      ...(await Promise.all([
        startRelay(db.dataSource, first, { batchSize: 50 }),
        startRelay(db.dataSource, second, { batchSize: 50 }),
      ])),
    );

    // Ten commits, each notifying both relays at once, so they claim side by side.
    for (let commit = 0; commit < 10; commit += 1) {
      await write(
        Array.from({ length: 100 }, (_, i) =>
          i % 2 === 0
            ? jobIntent('notifications.approvalWaiting', { requestId: `r${commit}-${i}` })
            : jobIntent('reminders.scheduleVisitReminder', {
                caseId: `c${commit}-${i}`,
                caseVersion: 1,
              }),
        ),
      );
    }
    await until(allRelayed, 20_000, 'relaying 1,000 rows');

    const added = addBulk.mock.calls.flatMap(([jobs]) => jobs.map((job) => job.opts?.jobId));
    expect(added).toHaveLength(1_000);
    expect(new Set(added).size).toBe(1_000);
    expect(await first.jobIds()).toHaveLength(1_000);
    // How many batches each relay added: addBulk was called on its own queues.
    const byRelay = ({ queues }: SpecQueues) =>
      addBulk.mock.contexts.filter((queue: unknown) =>
        [...queues.values()].some((mine) => mine === queue),
      ).length;
    expect(byRelay(first)).toBeGreaterThan(0);
    expect(byRelay(second)).toBeGreaterThan(0);
  });

  it('adds no job twice when a batch fails after addBulk and is relayed again', async () => {
    // Stands in for a crash between addBulk and commit: marking rows relayed fails.
    await db.dataSource.query(
      `CREATE FUNCTION spec_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'injected failure before commit'; END $$`,
    );
    await db.dataSource.query(
      `CREATE TRIGGER spec_refuse_update BEFORE UPDATE ON outbox
         FOR EACH STATEMENT EXECUTE FUNCTION spec_refuse_update()`,
    );
    const queues = await queuesOfOneRelay(uniquePrefix());
    const addBulk = jest.spyOn(Queue.prototype, 'addBulk');
    const logger = new RecordingLogger();
    relays.push(
      await startRelay(
        db.dataSource,
        queues,
        { pollIntervalMs: 50, retry: { initialMs: 20, maxMs: 50 } },
        logger,
      ),
    );
    await write([
      jobIntent('notifications.approvalWaiting', { requestId: 'r1' }),
      jobIntent('notifications.approvalWaiting', { requestId: 'r2' }),
      jobIntent('reminders.scheduleVisitReminder', { caseId: 'c1', caseVersion: 1 }),
    ]);

    await until(() => Promise.resolve(addBulk.mock.calls.length >= 6), 5_000, 'three failed tries');
    expect((await backlog.outboxBacklog()).rows).toBe(3);
    expect(await queues.jobIds()).toHaveLength(3);

    await db.dataSource.query('DROP TRIGGER spec_refuse_update ON outbox');
    await until(allRelayed, 5_000, 'relaying after the failure');

    const ids = await db.dataSource.query<{ id: string }[]>('SELECT id FROM outbox ORDER BY id');
    expect((await queues.jobIds()).sort()).toEqual(ids.map((row) => `outbox-${row.id}`).sort());
    expect(logger.said('error', 'injected failure before commit')).toBe(1);
    expect(logger.said('log', 'Relaying the outbox again')).toBe(1);
  });

  it('keeps polling when its LISTEN connection drops, and listens again after a backoff', async () => {
    const queues = await queuesOfOneRelay(uniquePrefix());
    const logger = new RecordingLogger();
    // The reconnect waits far longer than a poll, so only polling can relay in between.
    relays.push(
      await startRelay(
        db.dataSource,
        queues,
        { pollIntervalMs: 200, listenRetry: { initialMs: 3_000, maxMs: 3_000 } },
        logger,
      ),
    );
    expect(await listenersOn(db.dataSource)).toBe(1);

    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = $1 AND datname = current_database()`,
      [LISTENER_APPLICATION_NAME],
    );
    await until(
      () => Promise.resolve(logger.said('warn', 'Not listening for outbox inserts') === 1),
      5_000,
      'noticing the loss',
    );
    const written = Date.now();
    await write([jobIntent('notifications.approvalWaiting', { requestId: 'polled' })]);
    await until(allRelayed, 5_000, 'relaying by polling');
    expect(Date.now() - written).toBeLessThan(1_500);

    await until(
      () => Promise.resolve(logger.said('log', 'Listening for outbox inserts again') === 1),
      5_000,
      'listening again',
    );
    expect(await listenersOn(db.dataSource)).toBe(1);
    expect(logger.said('warn', 'Not listening for outbox inserts')).toBe(1);
  });

  it('reports the backlog: how many rows wait and since when', async () => {
    expect(await backlog.outboxBacklog()).toEqual({ rows: 0, oldestAgeSeconds: 0 });

    await write([
      jobIntent('notifications.approvalWaiting', { requestId: 'r1' }),
      jobIntent('notifications.approvalWaiting', { requestId: 'r2' }),
    ]);
    await db.dataSource.query(
      `UPDATE outbox SET created_at = now() - interval '90 seconds'
        WHERE id = (SELECT min(id) FROM outbox)`,
    );
    await db.dataSource.query(
      `UPDATE outbox SET relayed_at = now() WHERE id = (SELECT max(id) FROM outbox)`,
    );
    await write([jobIntent('notifications.approvalDecided', { requestId: 'r3' })]);

    const { rows, oldestAgeSeconds } = await backlog.outboxBacklog();
    expect(rows).toBe(2);
    expect(oldestAgeSeconds).toBeGreaterThanOrEqual(90);
    expect(oldestAgeSeconds).toBeLessThan(100);
  });
});
