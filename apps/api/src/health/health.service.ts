import { APP_CONFIG, type AppConfig, serviceAddress } from '@berdaya/config';
import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { healthReport } from './health-report';
import type { HealthReport } from './health-report.schema';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  check(): Promise<HealthReport> {
    return healthReport({
      postgres: {
        name: 'PostgreSQL',
        address: serviceAddress(this.config.databaseUrl),
        ask: () => this.dataSource.query('SELECT 1'),
      },
      redis: {
        name: 'Redis',
        address: serviceAddress(this.config.redisUrl),
        ask: () => this.redis.ping(),
      },
    });
  }
}
