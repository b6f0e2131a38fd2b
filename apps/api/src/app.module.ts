import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { RedisModule } from '@berdaya/jobs';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  /**
   * The database is prepared (created, migrated) before Nest starts, so the module is handed a
   * ready DataSource rather than connecting on its own; TypeOrmModule still provides it for
   * injection and closes it on shutdown.
   */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
        RedisModule.forRoot(config.redisUrl, { role: 'client', connectionName: 'berdaya-api' }),
        HealthModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
