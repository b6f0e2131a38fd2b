import { APP_CONFIG, type AppConfig, serviceAddress } from '@berdaya/config';
import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { type HealthReport, healthReport } from './health-report';

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
