import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { type DynamicModule, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../clock/clock';
import { EvaluationProgramRepository } from '../evaluations/evaluation-program.repository';
import { EvaluationQueue, RedisEvaluationQueue } from '../evaluations/evaluation-queue';
import { EvaluationRunHandler } from '../evaluations/evaluation-run.handler';
import { EvaluationScheduleHandler } from '../evaluations/evaluation-schedule.handler';
import { EvaluationSnapshotHandler } from '../evaluations/evaluation-snapshot.handler';
import { EvaluationSchedules } from '../evaluations/evaluation-schedules';
import { DigestRepository } from '../mail/digest.repository';
import { Mailer, mailerFor } from '../mail/mailer';
import { NotificationDigestHandler } from '../mail/notification-digest.handler';
import { ApprovalDecidedHandler } from '../notifications/approval-decided.handler';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import { ApprovalRequestRepository } from '../notifications/approval-request.repository';
import { ApprovalWaitingHandler } from '../notifications/approval-waiting.handler';
import { NotificationWriter } from '../notifications/notification-writer';
import { ApprovalLadderHandler } from '../reminders/approval-ladder.handler';
import { DetectStalledHandler } from '../reminders/detect-stalled.handler';
import { ScheduleVisitReminderHandler } from '../reminders/schedule-visit-reminder.handler';
import { StalledCaseRepository } from '../reminders/stalled-case.repository';
import { VisitCaseRepository } from '../reminders/visit-case.repository';
import { VisitDueHandler } from '../reminders/visit-due.handler';
import { VisitOverdueHandler } from '../reminders/visit-overdue.handler';
import { jobHandlersProvider } from './job-handlers';
import { JOB_RUNNER_SETTINGS, JobRunnerService } from './job-runner.service';
import { JOB_WORKER_DEFAULTS, type JobWorkerOptions } from './job-workers';

/** Runs the jobs of every queue from application bootstrap until shutdown. */
@Module({})
export class JobRunnerModule {
  static forRoot(settings: Partial<JobWorkerOptions> = {}): DynamicModule {
    return {
      module: JobRunnerModule,
      providers: [
        { provide: Clock, useClass: SystemClock },
        ApprovalRequestRepository,
        VisitCaseRepository,
        ApprovalRecipients,
        NotificationWriter,
        ApprovalWaitingHandler,
        ApprovalDecidedHandler,
        ScheduleVisitReminderHandler,
        VisitDueHandler,
        VisitOverdueHandler,
        ApprovalLadderHandler,
        DigestRepository,
        {
          provide: Mailer,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => mailerFor(config),
        },
        NotificationDigestHandler,
        StalledCaseRepository,
        DetectStalledHandler,
        EvaluationProgramRepository,
        {
          provide: EvaluationQueue,
          inject: [APP_CONFIG, JOB_RUNNER_SETTINGS],
          useFactory: (config: AppConfig, runner: JobWorkerOptions) =>
            new RedisEvaluationQueue(config.redisUrl, runner.prefix),
        },
        EvaluationSchedules,
        EvaluationScheduleHandler,
        EvaluationRunHandler,
        EvaluationSnapshotHandler,
        jobHandlersProvider,
        JobRunnerService,
        {
          provide: JOB_RUNNER_SETTINGS,
          useValue: { ...JOB_WORKER_DEFAULTS, ...settings } satisfies JobWorkerOptions,
        },
      ],
    };
  }
}
