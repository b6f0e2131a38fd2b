import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { connectRedis, createRedisConnection, type QueueName } from '@berdaya/jobs';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobHandlers } from './job-handler';
import { JOB_HANDLERS } from './job-handlers';
import { upsertJobSchedulers } from './job-schedulers';
import { closeJobWorkers, createJobWorkers, type JobWorkerOptions } from './job-workers';

export const JOB_RUNNER_SETTINGS = Symbol('JOB_RUNNER_SETTINGS');

/** Runs the jobs of every queue for as long as the worker runs. */
@Injectable()
export class JobRunnerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobRunner');
  private running: { workers: Map<QueueName, Worker>; connection: Redis } | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_RUNNER_SETTINGS) private readonly settings: JobWorkerOptions,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A worker connection: BullMQ's blocking reads must wait out an outage, not fail.
    const connection = createRedisConnection(this.config.redisUrl, {
      role: 'worker',
      connectionName: 'berdaya-job-runner',
    });
    await connectRedis(connection, this.config.redisUrl);
    const workers = createJobWorkers(connection, this.handlers, this.logger, this.settings);
    this.running = { workers, connection };
    // Every worker upserts the schedulers (the hourly digest): same ids, same patterns, one each.
    await upsertJobSchedulers(connection, this.settings.prefix);
  }

  // Before the shutdown hooks, which close the DataSource the jobs in flight still use.
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    const { workers, connection } = this.running;
    this.running = undefined;
    await closeJobWorkers(workers);
    // QUIT lets Redis finish what it was sent; while Redis is away there is nothing to finish.
    await connection.quit().catch(() => connection.disconnect());
  }
}
