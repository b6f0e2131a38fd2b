import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { takeProgramIndicatorsSnapshot } from './program-indicators.snapshot';

/**
 * A program's indicators stored now, outside its schedule: the dashboard has figures before the
 * first scheduled run. The job's own timestamp is the snapshot's instant, so a retry stores none.
 */
@Injectable()
export class EvaluationSnapshotHandler implements JobHandler<'evaluations.snapshot'> {
  readonly name = 'evaluations.snapshot';

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle(
    { programId }: JobPayloads['evaluations.snapshot'],
    job: Job<JobPayloads['evaluations.snapshot'], JobOutcome, 'evaluations.snapshot'>,
  ): Promise<JobOutcome> {
    const at = job.timestamp ? new Date(job.timestamp) : this.clock.now();
    const indicators = await takeProgramIndicatorsSnapshot(this.dataSource, programId, at);
    if (!indicators) return { outcome: 'skipped', reason: 'program does not exist' };
    return { outcome: 'done', takenAt: at.toISOString(), activeCases: indicators.activeCases };
  }
}
