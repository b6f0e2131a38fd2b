import type { Role } from '@berdaya/empowerment';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Who decides transition requests (DOMAIN.md): they are told when one waits. */
export const APPROVER_ROLES = ['supervisor', 'programManager'] as const satisfies readonly Role[];

/** Finds the people a notification about a case goes to. */
@Injectable()
export class ApprovalRecipients {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The ids of the active users with one of `roles` who see the case: assigned to its program and
   * to a region whose subtree holds its village (the api's scope rule, see canSeeRecord). Admins
   * see every case but are only told when they hold one of `roles` and the assignments.
   */
  async usersInScopeOfCase(
    caseId: string,
    roles: readonly Role[],
    { excluding = [] }: { excluding?: readonly string[] } = {},
  ): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id
         FROM cases c
         JOIN regions village ON village.id = c.region_id
         JOIN user_programs up ON up.program_id = c.program_id
         JOIN users u ON u.id = up.user_id
        WHERE c.id = $1
          AND u.active
          AND u.role = ANY($2::text[])
          AND u.id <> ALL($3::uuid[])
          AND EXISTS (
                SELECT 1
                  FROM user_regions ur
                  JOIN regions r ON r.id = ur.region_id
                 WHERE ur.user_id = u.id
                   AND (village.path = r.path OR village.path LIKE r.path || '.%'))
        ORDER BY u.id`,
      [caseId, roles, excluding],
    );
    return rows.map((row) => row.id);
  }

  /** The deciders of a request on the case: approvers in scope, never the requester (four eyes). */
  approversOfCase(caseId: string, requester: string): Promise<string[]> {
    return this.usersInScopeOfCase(caseId, APPROVER_ROLES, { excluding: [requester] });
  }
}
