import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { RedisModule } from '@berdaya/jobs';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Module({})
export class WorkerModule {
  /**
   * Like the api, the worker is handed a DataSource that prepareDatabase already created and
   * migrated; TypeOrmModule provides it for injection and closes it on shutdown.
   */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: WorkerModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
        RedisModule.forRoot(config.redisUrl, { role: 'worker', connectionName: 'berdaya-worker' }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
