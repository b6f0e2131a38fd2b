import { type AppConfig, ConfigModule } from '@berdaya/config';
import { DatabaseModule } from '@berdaya/db';
import { RedisModule } from '@berdaya/jobs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { CaseEventsModule } from './case-events/case-events.module';
import { CasesModule } from './cases/cases.module';
import { ClockModule } from './common/clock/clock.module';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import { ContentRangeInterceptor } from './common/simple-rest/content-range.interceptor';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { FacilitatorsModule } from './facilitators/facilitators.module';
import { GoalsModule } from './goals/goals.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OperationsModule } from './operations/operations.module';
import { ProgramIndicatorsModule } from './program-indicators/program-indicators.module';
import { ProgramsModule } from './programs/programs.module';
import { RegionsModule } from './regions/regions.module';
import { ResourcesModule } from './resources/resources.module';
import { TransitionRequestReadsModule } from './transition-request-reads/transition-request-reads.module';
import { UsersModule } from './users/users.module';
import { VisitsModule } from './visits/visits.module';
import { WorkflowDefinitionsModule } from './workflow-definitions/workflow-definitions.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        RedisModule.forRoot(config.redisUrl, { role: 'client', connectionName: 'berdaya-api' }),
        ClockModule,
        HealthModule,
        OperationsModule,
        AuthModule,
        UsersModule,
        RegionsModule,
        ProgramsModule,
        ProgramIndicatorsModule,
        WorkflowDefinitionsModule,
        CasesModule,
        FacilitatorsModule,
        VisitsModule,
        EvaluationsModule,
        GoalsModule,
        ResourcesModule,
        CaseEventsModule,
        TransitionRequestReadsModule,
        NotificationsModule,
        AttachmentsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: ContentRangeInterceptor },
      ],
    };
  }
}
