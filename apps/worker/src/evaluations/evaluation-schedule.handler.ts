import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import type { JobHandler } from '../job-runner/job-handler';
import { EvaluationSchedules } from './evaluation-schedules';

/**
 * A program's evaluation schedule may have changed (the api writes this job in the change's
 * transaction): its job scheduler is made to match the program as it is now.
 */
@Injectable()
export class EvaluationScheduleHandler implements JobHandler<'evaluations.scheduleProgram'> {
  readonly name = 'evaluations.scheduleProgram';

  constructor(private readonly schedules: EvaluationSchedules) {}

  async handle({ programId }: JobPayloads['evaluations.scheduleProgram']): Promise<JobOutcome> {
    const { scheduler, schedule } = await this.schedules.apply(programId);
    return schedule
      ? { outcome: 'done', scheduler, pattern: schedule.pattern, tz: schedule.tz }
      : { outcome: 'done', scheduler, removed: true };
  }
}
