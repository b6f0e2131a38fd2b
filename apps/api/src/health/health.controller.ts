import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import type { HealthReport } from './health-report';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when every backing service answers, 503 with the same report when one does not. */
  @Get()
  async check(): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw new ServiceUnavailableException(report);
    return report;
  }
}
