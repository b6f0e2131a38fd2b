import { ConfigModule, loadConfig } from '@berdaya/config';
import { DatabaseModule, prepareDatabase } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { listenersOn, SpecQueues, uniquePrefix, until } from '../testing/outbox-relay.fixture';
import { OutboxRelayModule } from './outbox-relay.module';
import { OutboxRepository } from './outbox.repository';

describe('the outbox relay in a Nest application', () => {
  const db = useMigratedDatabase();
  const prefix = uniquePrefix();
  const config = loadConfig(process.env);
  let queues: SpecQueues;
  let app: INestApplicationContext;

  beforeAll(async () => {
    queues = await SpecQueues.open(config.redisUrl, prefix);
    const { options } = db.dataSource;
    const databaseUrl = options.type === 'postgres' ? (options.url ?? '') : '';
    // The app closes the DataSource it is given; the spec's own stays open for its checks.
    const dataSource = await prepareDatabase({ databaseUrl });

    // The worker's module, but with keys under the spec's own prefix.
    @Module({
      imports: [
        ConfigModule.forRoot({ ...config, databaseUrl }),
        DatabaseModule.forRoot(dataSource),
        OutboxRelayModule.forRoot({ prefix }),
      ],
    })
    class SpecWorkerModule {}
    app = await NestFactory.createApplicationContext(SpecWorkerModule, { logger: false });
  });

  afterAll(async () => {
    await app?.close();
    await queues?.close({ clean: true });
  });

  it('relays from bootstrap on, and on shutdown ends the batch in flight and stops listening', async () => {
    const outbox = app.get(OutboxRepository);
    expect(await listenersOn(db.dataSource)).toBe(1);
    await db.dataSource.transaction((tx) =>
      writeOutbox(
        tx,
        Array.from({ length: 5_000 }, (_, i) =>
          jobIntent('notifications.approvalWaiting', { requestId: `r${i}` }),
        ),
      ),
    );
    await until(async () => (await outbox.outboxBacklog()).rows < 5_000, 10_000, 'a first batch');

    await app.close();

    const [{ relayed }] = await db.dataSource.query<{ relayed: number }[]>(
      'SELECT count(*)::int AS relayed FROM outbox WHERE relayed_at IS NOT NULL',
    );
    expect(relayed).toBeGreaterThan(0);
    // A batch cut short after addBulk would leave more jobs than relayed rows.
    expect(await queues.jobIds()).toHaveLength(relayed);
    expect(await listenersOn(db.dataSource)).toBe(0);
  });
});
