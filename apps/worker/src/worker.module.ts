import { type AppConfig, ConfigModule } from '@berdaya/config';
import { DatabaseModule } from '@berdaya/db';
import { RedisModule } from '@berdaya/jobs';
import { type DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { JobRunnerModule } from './job-runner/job-runner.module';
import { OutboxRelayModule } from './outbox-relay/outbox-relay.module';
import { ReconcilerModule } from './reconciler/reconciler.module';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        RedisModule.forRoot(config.redisUrl, { role: 'worker', connectionName: 'berdaya-worker' }),
        OutboxRelayModule.forRoot(),
        JobRunnerModule.forRoot(),
        ReconcilerModule.forRoot(),
      ],
    };
  }
}
