import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { schemaRef } from '../common/openapi/api-schemas';
import { type HealthReport, healthReportSchema } from './health-report.schema';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when every backing service answers, 503 with the same report when one does not. */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether PostgreSQL and Redis answer, with each latency' })
  @ApiOkResponse({ description: 'Both answer', schema: schemaRef(healthReportSchema) })
  @ApiServiceUnavailableResponse({
    description: 'One does not: the same report, with statusCode, error and message added',
    schema: schemaRef(healthReportSchema),
  })
  async check(): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw new ServiceUnavailableException(report);
    return report;
  }
}
