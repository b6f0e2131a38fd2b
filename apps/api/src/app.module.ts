import { type AppConfig, ConfigModule } from '@berdaya/config';
import { DatabaseModule } from '@berdaya/db';
import { RedisModule } from '@berdaya/jobs';
import { type DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        RedisModule.forRoot(config.redisUrl, { role: 'client', connectionName: 'berdaya-api' }),
        HealthModule,
      ],
    };
  }
}
