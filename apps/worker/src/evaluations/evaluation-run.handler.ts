import { calendarDayIn } from '@berdaya/empowerment';
import type { JobOutcome, JobPayloads } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { notificationKey, NotificationWriter } from '../notifications/notification-writer';
import { EvaluationProgramRepository } from './evaluation-program.repository';
import { takeProgramIndicatorsSnapshot } from './program-indicators.snapshot';

type Skipped = Extract<JobOutcome, { outcome: 'skipped' }>;

interface Marked {
  dueOn: string;
  markedDue: number;
  notified: number;
}

/**
 * The instant a run stands for: the one its scheduler planned it at, so a retry, or a run late
 * after an outage, keeps its day; a run added by hand (no scheduler) stands for now.
 */
export function runInstant(job: Pick<Job, 'repeatJobKey' | 'opts'>, now: Date): Date {
  const planned = job.opts.prevMillis;
  return job.repeatJobKey && typeof planned === 'number' ? new Date(planned) : now;
}

/**
 * A program's scheduled evaluation run: an evaluation falls due on the run's day (in the
 * program's zone) for each active case without one due already, and its facilitator is told;
 * then the program's indicators are stored as a snapshot of the run's instant, for the dashboard.
 * Retried or run twice, it marks and tells no one again: the cases then have one due.
 */
@Injectable()
export class EvaluationRunHandler implements JobHandler<'evaluations.run'> {
  readonly name = 'evaluations.run';

  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: EvaluationProgramRepository,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async handle(
    { programId }: JobPayloads['evaluations.run'],
    job: Job<JobPayloads['evaluations.run'], JobOutcome, 'evaluations.run'>,
  ): Promise<JobOutcome> {
    const at = runInstant(job, this.clock.now());
    const marked = await this.markDue(programId, at);
    if ('reason' in marked) return marked;
    // After the marking, in its own transaction: a retry finds the cases marked and the snapshot of
    // this instant stored, and stores neither again.
    const indicators = await takeProgramIndicatorsSnapshot(this.dataSource, programId, at);
    return { outcome: 'done', ...marked, snapshotTakenAt: indicators ? at.toISOString() : null };
  }

  /** Marks and tells in one transaction: cases marked are cases told, or neither. */
  private markDue(programId: string, at: Date): Promise<Skipped | Marked> {
    return this.dataSource.transaction(async (manager): Promise<Skipped | Marked> => {
      await this.programs.lockProgram(manager, 'run', programId);
      // A scheduler outlives its program's change by as long as the schedule job takes.
      const program = await this.programs.findProgram(programId, manager);
      if (!program) return { outcome: 'skipped', reason: 'program does not exist' };
      if (!program.active) return { outcome: 'skipped', reason: 'program is inactive' };
      if (program.evaluationCron === null) {
        return { outcome: 'skipped', reason: 'program has no evaluation schedule' };
      }
      const dueOn = calendarDayIn(program.timezone, at);
      const cases = await this.programs.markDue(manager, programId, dueOn);
      const notified = await this.writer.write(
        cases.flatMap(({ caseId, evaluationId, groupName, facilitatorId }) =>
          facilitatorId === null
            ? []
            : [
                {
                  userId: facilitatorId,
                  kind: 'evaluationDue' as const,
                  caseId,
                  payload: { caseId, groupName, dueOn, evaluationId },
                  idempotencyKey: notificationKey('evaluationDue', evaluationId, facilitatorId),
                },
              ],
        ),
        manager,
      );
      return { dueOn, markedDue: cases.length, notified };
    });
  }
}
