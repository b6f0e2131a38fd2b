import type { ProgramTimezone } from '@berdaya/db';
import { type Approach, STALLED_FLAG } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** An active case not flagged stalled yet, as stalled-case detection sees it. */
export interface UnflaggedCase {
  id: string;
  groupName: string;
  /** The facilitator, when there is one and they are active. */
  facilitatorId: string | null;
  stage: string;
  approach: Approach;
  stageEnteredAt: Date;
  /**
   * stage_entered_at as PostgreSQL prints it: exact to the microsecond, which a Date is not, so
   * flagStalled can tell whether the case is still where it was read.
   */
  stageEnteredAtExact: string;
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
  timezone: ProgramTimezone;
}

@Injectable()
export class StalledCaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limit` active cases without the stalled flag, in id order after `afterId`. */
  findActiveUnflagged(afterId: string | null, limit: number): Promise<UnflaggedCase[]> {
    return this.dataSource.query<UnflaggedCase[]>(
      `SELECT c.id, c.group_name AS "groupName",
              CASE WHEN f.active THEN f.id END AS "facilitatorId",
              c.stage, c.approach, c.stage_entered_at AS "stageEnteredAt",
              c.stage_entered_at::text AS "stageEnteredAtExact",
              c.workflow_definition_id AS "workflowDefinitionId",
              c.workflow_definition_version AS "workflowDefinitionVersion",
              p.timezone
         FROM cases c
         JOIN programs p ON p.id = c.program_id
         LEFT JOIN users f ON f.id = c.facilitator_id
        WHERE c.status = 'active'
          AND NOT ($1::text = ANY(c.risk_flags))
          AND ($2::uuid IS NULL OR c.id > $2::uuid)
        ORDER BY c.id
        LIMIT $3`,
      [STALLED_FLAG, afterId, limit],
    );
  }

  async findDefinition(id: string, version: number): Promise<WorkflowDefinition | undefined> {
    const [found] = await this.dataSource.query<{ definition: WorkflowDefinition }[]>(
      `SELECT definition FROM workflow_definitions WHERE id = $1 AND version = $2`,
      [id, version],
    );
    return found?.definition;
  }

  /**
   * Adds the stalled flag, only while the case is in the stage it was read in (`stage_entered_at`
   * unchanged: a move meanwhile resets the clock) and not flagged yet. Whether it did.
   */
  async flagStalled(
    manager: EntityManager,
    caseId: string,
    stageEnteredAtExact: string,
  ): Promise<boolean> {
    // A SELECT around the UPDATE: TypeORM returns a bare UPDATE's rows as [rows, count].
    const rows = await manager.query<{ id: string }[]>(
      `WITH flagged AS (
         UPDATE cases
            SET risk_flags = array_append(risk_flags, $2::text)
          WHERE id = $1
            AND stage_entered_at = $3::timestamptz
            AND NOT ($2::text = ANY(risk_flags))
         RETURNING id
       )
       SELECT id FROM flagged`,
      [caseId, STALLED_FLAG, stageEnteredAtExact],
    );
    return rows.length > 0;
  }
}
