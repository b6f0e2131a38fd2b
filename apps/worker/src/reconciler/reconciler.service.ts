import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { connectRedis, createRedisConnection } from '@berdaya/jobs';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { Reconciler } from './reconciler';

export const RECONCILER_SETTINGS = Symbol('RECONCILER_SETTINGS');

export interface ReconcilerSettings {
  intervalMs: number;
  /** BullMQ key prefix; QUEUE_DEFAULTS' unless a test isolates its keys. */
  prefix?: string;
}

export const RECONCILER_DEFAULTS: ReconcilerSettings = { intervalMs: 60_000 };

/**
 * Runs the reconciler at bootstrap and every minute, in the process rather than as a BullMQ job:
 * the loss it repairs would take a job scheduler with it.
 */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private running:
    | { reconciler: Reconciler; connection: Redis; timer: NodeJS.Timeout; pass: Promise<void> }
    | undefined;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RECONCILER_SETTINGS) private readonly settings: ReconcilerSettings,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A client connection: while Redis is away a pass fails at once and the next one tries again.
    const connection = createRedisConnection(this.config.redisUrl, {
      role: 'client',
      connectionName: 'berdaya-reconciler',
    });
    await connectRedis(connection, this.config.redisUrl);
    const reconciler = new Reconciler({
      dataSource: this.dataSource,
      redis: connection,
      clock: this.clock,
      prefix: this.settings.prefix,
    });
    const timer = setInterval(() => {
      if (!this.running) return;
      // One pass at a time: a slow one is not overtaken by the next tick.
      this.running.pass = this.running.pass.then(() => this.pass(reconciler));
    }, this.settings.intervalMs);
    timer.unref();
    this.running = { reconciler, connection, timer, pass: this.pass(reconciler) };
    await this.running.pass;
  }

  private async pass(reconciler: Reconciler): Promise<void> {
    try {
      const outcome = await reconciler.reconcile();
      if (outcome.reconciled) {
        this.logger.warn(
          `Redis had no reconciler marker (its data lost, or a first start): planned the due work of ` +
            `${outcome.cases} cases and ${outcome.requests} pending requests, relaying ` +
            `${outcome.rerelayed} recent outbox rows again, and applied the evaluation schedules ` +
            `of ${outcome.programs} programs again`,
        );
      }
      if (this.failing) this.logger.log('Reconciling again');
      this.failing = false;
    } catch (error) {
      // Once per outage, not once a minute.
      if (!this.failing) {
        this.logger.error(
          `Cannot reconcile: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      this.failing = true;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    const { connection, timer, pass } = this.running;
    this.running = undefined;
    clearInterval(timer);
    await pass;
    await connection.quit().catch(() => connection.disconnect());
  }
}
