import { useMigratedDatabase } from '@berdaya/db/testing';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
// The one throwaway redis-server of the test suites lives with the end-to-end ones; a spec may
// borrow it, nothing built may.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ThrowawayRedis } from '../../../../tests/support/throwaway-redis';
import {
  RecordingLogger,
  SpecQueues,
  startRelay,
  uniquePrefix,
  until,
} from '../testing/outbox-relay.fixture';
import type { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';

describe('the outbox relay while Redis is away', () => {
  const db = useMigratedDatabase();
  let redis: ThrowawayRedis;
  let queues: SpecQueues;
  let relay: OutboxRelay;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    queues = await SpecQueues.open(redis.url, uniquePrefix());
  });

  afterAll(async () => {
    await relay?.stop();
    // The server and its keys go with it.
    await queues?.close({ clean: false });
    await redis?.kill();
  });

  it('keeps the rows, says so once, and relays them all when Redis is back', async () => {
    const logger = new RecordingLogger();
    const outbox = new OutboxRepository(db.dataSource);
    const write = (requestId: string) =>
      db.dataSource.transaction((tx) =>
        writeOutbox(tx, [jobIntent('notifications.approvalWaiting', { requestId })]),
      );
    relay = await startRelay(
      db.dataSource,
      queues,
      { pollIntervalMs: 50, retry: { initialMs: 50, maxMs: 200 } },
      logger,
    );
    await write('before');
    await until(async () => (await outbox.outboxBacklog()).rows === 0, 5_000, 'relaying');

    await redis.kill();
    await write('during-1');
    await write('during-2');
    // Several retries' worth of time, so that a relay logging per tick would have shown it.
    await new Promise((wait) => setTimeout(wait, 1_500));

    expect((await outbox.outboxBacklog()).rows).toBe(2);
    expect(logger.said('error', 'Cannot relay the outbox')).toBe(1);

    redis = await ThrowawayRedis.start(redis.port);
    await until(
      async () => (await outbox.outboxBacklog()).rows === 0,
      15_000,
      'relaying after Redis came back',
    );

    // The restarted server kept nothing, so only the jobs relayed since are there.
    const ids = await db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox WHERE payload->>'requestId' LIKE 'during-%' ORDER BY id`,
    );
    expect(ids).toHaveLength(2);
    expect((await queues.jobIds()).sort()).toEqual(ids.map((row) => `outbox-${row.id}`).sort());
    expect(logger.said('error', 'Cannot relay the outbox')).toBe(1);
    expect(logger.said('log', 'Relaying the outbox again')).toBe(1);
  });
});
