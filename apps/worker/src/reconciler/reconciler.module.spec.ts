import { ConfigModule, loadConfig } from '@berdaya/config';
import { DatabaseModule, prepareDatabase } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SpecQueues, uniquePrefix, until } from '../testing/outbox-relay.fixture';
import { reconcilerMarkerKey } from './reconciler';
import { ReconcilerModule } from './reconciler.module';

describe('the reconciler in a Nest application', () => {
  const db = useMigratedDatabase();
  const prefix = uniquePrefix();
  const config = loadConfig(process.env);
  let queues: SpecQueues;
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    queues = await SpecQueues.open(config.redisUrl, prefix);
  });

  afterAll(async () => {
    await app?.close();
    await queues.connection.del(reconcilerMarkerKey(prefix));
    await queues?.close({ clean: true });
  });

  it('reconciles at bootstrap, again on its timer once the marker is gone, and stops', async () => {
    const { options } = db.dataSource;
    const databaseUrl = options.type === 'postgres' ? (options.url ?? '') : '';
    // The app closes the DataSource it is given; the spec's own stays open.
    const dataSource = await prepareDatabase({ databaseUrl });
    @Module({
      imports: [
        ConfigModule.forRoot({ ...config, databaseUrl }),
        DatabaseModule.forRoot(dataSource),
        ReconcilerModule.forRoot({ prefix, intervalMs: 50 }),
      ],
    })
    class SpecWorkerModule {}
    app = await NestFactory.createApplicationContext(SpecWorkerModule, { logger: false });
    const marker = reconcilerMarkerKey(prefix);

    expect(await queues.connection.exists(marker)).toBe(1);
    // Only this spec's key: the machine's Redis is shared.
    await queues.connection.del(marker);
    await until(async () => (await queues.connection.exists(marker)) === 1, 5_000, 'the marker');

    await app.close();
    app = undefined;
    await queues.connection.del(marker);
    await new Promise((wait) => setTimeout(wait, 200));
    expect(await queues.connection.exists(marker)).toBe(0);
  });
});
