import { CaseEntity, CaseEventEntity } from '@berdaya/db';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api.exception';
import { UnprocessableFieldsException } from '../common/validation/request-validation.exception';
import type { CaseReassign } from './case-reassign.schema';
import { CasesRepository } from './cases.repository';
import type { CaseActor } from './cases.service';

/**
 * Hands a case to another facilitator. The new one must be an active facilitator who works in the
 * case's program and region, so they see the case they are given; the change goes into history.
 */
@Injectable()
export class CaseReassignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CasesRepository,
  ) {}

  async reassign(actor: CaseActor, id: string, input: CaseReassign): Promise<void> {
    if (!(await this.repository.findOneVisibleTo(actor, id))) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'CASE_NOT_FOUND',
        params: { id },
        message: `case ${id} not found`,
      });
    }
    await this.dataSource.transaction(async (tx) => {
      // Locked, so two reassignments of one case write their history in the order they applied.
      const locked = await tx.findOneOrFail(CaseEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const to = input.facilitatorId;
      if (locked.facilitatorId === to) return;
      if (to !== null && !(await this.repository.worksOnCase(tx, to, locked))) {
        throw new UnprocessableFieldsException([
          {
            field: 'facilitatorId',
            code: 'facilitator_not_eligible',
            message: "must name an active facilitator of the case's program and region",
          },
        ]);
      }
      await tx.update(CaseEntity, { id }, { facilitatorId: to });
      await tx.insert(CaseEventEntity, {
        caseId: id,
        type: 'overrideRecorded',
        actorId: actor.id,
        payload: { facilitatorId: { from: locked.facilitatorId, to } },
      });
    });
  }
}
