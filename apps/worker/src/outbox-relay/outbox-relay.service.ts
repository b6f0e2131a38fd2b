import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { connectRedis, createRedisConnection, type QueueName } from '@berdaya/jobs';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { closeRelayQueues, createRelayQueues } from './relay-queues';

export const OUTBOX_RELAY_SETTINGS = Symbol('OUTBOX_RELAY_SETTINGS');

export interface OutboxRelaySettings {
  options: OutboxRelayOptions;
  /** BullMQ key prefix; QUEUE_DEFAULTS' unless a test isolates its keys. */
  prefix?: string;
}

/** Runs the outbox relay for as long as the worker runs. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running:
    { relay: OutboxRelay; queues: Map<QueueName, Queue>; connection: Redis } | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OUTBOX_RELAY_SETTINGS) private readonly settings: OutboxRelaySettings,
    private readonly dataSource: DataSource,
    private readonly repository: OutboxRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A client connection, not the worker's: addBulk must fail while Redis is away, so the batch
    // rolls back and its row locks go, rather than wait for Redis inside an open transaction.
    const connection = createRedisConnection(this.config.redisUrl, {
      role: 'client',
      connectionName: 'berdaya-outbox-relay',
    });
    await connectRedis(connection, this.config.redisUrl);
    const queues = createRelayQueues(connection, this.settings.prefix);
    const relay = new OutboxRelay({
      dataSource: this.dataSource,
      repository: this.repository,
      queues,
      databaseUrl: this.config.databaseUrl,
      logger: this.logger,
      options: this.settings.options,
    });
    this.running = { relay, queues, connection };
    await relay.start();
  }

  // Before the shutdown hooks, which close the DataSource the batch in flight still uses.
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    const { relay, queues, connection } = this.running;
    this.running = undefined;
    await relay.stop();
    await closeRelayQueues(queues);
    // QUIT lets Redis finish what it was sent; while Redis is away there is nothing to finish.
    await connection.quit().catch(() => connection.disconnect());
  }
}
