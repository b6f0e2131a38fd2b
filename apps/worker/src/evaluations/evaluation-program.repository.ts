import type { ProgramTimezone } from '@berdaya/db';
import type { ProgramScheduleSettings } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A program as its evaluation schedule and runs see it. */
export interface EvaluatedProgram extends ProgramScheduleSettings {
  id: string;
  timezone: ProgramTimezone;
}

/** A case a run marked an evaluation due for. */
export interface CaseMarkedDue {
  caseId: string;
  evaluationId: string;
  groupName: string;
  /** The facilitator, when there is one and they are active. */
  facilitatorId: string | null;
}

@Injectable()
export class EvaluationProgramRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findProgram(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvaluatedProgram | undefined> {
    const [found] = await manager.query<EvaluatedProgram[]>(
      `SELECT id, active, evaluation_cron AS "evaluationCron", timezone
         FROM programs WHERE id = $1`,
      [id],
    );
    return found;
  }

  /** The active programs with an evaluation pattern: those that have a job scheduler. */
  async findScheduledProgramIds(): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM programs WHERE active AND evaluation_cron IS NOT NULL ORDER BY id`,
    );
    return rows.map((row) => row.id);
  }

  /**
   * Holds, until `manager`'s transaction ends, a lock on what `purpose` does to the program, so
   * two jobs about the same program take turns and the second sees what the first wrote.
   */
  async lockProgram(
    manager: EntityManager,
    purpose: 'schedule' | 'run',
    programId: string,
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `berdaya.evaluations.${purpose}:${programId}`,
    ]);
  }

  /**
   * Marks a periodic evaluation due on `dueOn` for each active case of the program that has none
   * due yet (of any kind or day: one open evaluation at a time), and returns those cases. The
   * caller holds the program's `run` lock, so a concurrent run waits and then finds them due.
   */
  markDue(manager: EntityManager, programId: string, dueOn: string): Promise<CaseMarkedDue[]> {
    return manager.query<CaseMarkedDue[]>(
      `WITH marked AS (
         INSERT INTO evaluations (case_id, kind, status, due_on)
         SELECT c.id, 'periodic', 'due', $2::date
           FROM cases c
          WHERE c.program_id = $1 AND c.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM evaluations e
                             WHERE e.case_id = c.id AND e.status = 'due')
         RETURNING id, case_id
       )
       SELECT m.case_id AS "caseId", m.id AS "evaluationId", c.group_name AS "groupName",
              CASE WHEN f.active THEN f.id END AS "facilitatorId"
         FROM marked m
         JOIN cases c ON c.id = m.case_id
         LEFT JOIN users f ON f.id = c.facilitator_id
        ORDER BY m.case_id`,
      [programId, dueOn],
    );
  }
}
