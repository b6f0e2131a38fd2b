import {
  type EvaluationSchedule,
  evaluationScheduleOf,
  evaluationSchedulerId,
  QUEUE_DEFAULTS,
} from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvaluationProgramRepository } from './evaluation-program.repository';
import { EvaluationQueue } from './evaluation-queue';

/** What applying a program's schedule left in Redis. */
export interface AppliedSchedule {
  scheduler: string;
  /** The scheduler's repeat options, or null when the program has none (removed, if it had). */
  schedule: EvaluationSchedule | null;
}

/**
 * Keeps each program's evaluation job scheduler (id evaluationSchedulerId) in step with the
 * program as PostgreSQL holds it: upserted with the program's pattern and zone, or removed when
 * it is inactive, has no pattern, or is gone. Used by the `evaluations.scheduleProgram` job and
 * by the reconciler after Redis lost its data.
 */
@Injectable()
export class EvaluationSchedules {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: EvaluationProgramRepository,
    private readonly queue: EvaluationQueue,
  ) {}

  /**
   * Applies the program's schedule as it is now. Under the program's lock, held across the read
   * and the Redis write: two jobs for one program (a quick second change) would otherwise race,
   * and the one that read the older settings could write last. Taking turns, each reads what was
   * committed before it, so the last to write writes the newest. Idempotent.
   */
  apply(programId: string): Promise<AppliedSchedule> {
    return this.dataSource.transaction(async (manager) => {
      await this.programs.lockProgram(manager, 'schedule', programId);
      const program = await this.programs.findProgram(programId, manager);
      const schedule = evaluationScheduleOf(program ?? null);
      const scheduler = evaluationSchedulerId(programId);
      const queue = await this.queue.open();
      if (schedule) {
        // The same id replaces the pattern, the zone and the next job: never a second scheduler.
        await queue.upsertJobScheduler(scheduler, schedule, {
          name: 'evaluations.run',
          data: { programId },
          opts: QUEUE_DEFAULTS.defaultJobOptions,
        });
      } else {
        await queue.removeJobScheduler(scheduler);
      }
      return { scheduler, schedule };
    });
  }

  /** Applies the schedule of every program that has one (after Redis lost them); how many. */
  async reapplyAll(): Promise<number> {
    const ids = await this.programs.findScheduledProgramIds();
    for (const id of ids) await this.apply(id);
    return ids.length;
  }
}
