import {
  CaseEntity,
  CaseEventEntity,
  ProgramEntity,
  RegionEntity,
  WorkflowDefinitionEntity,
} from '@berdaya/db';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { whereRecordInScope, type UserScope } from '../access';

/** A case locked for a change, with what its schedule is computed from. */
export interface LockedCase {
  case: CaseEntity;
  program: ProgramEntity;
  definition: WorkflowDefinition;
}

/** What features hanging off a case (visits, evaluations, goals, resources) read and write on it. */
@Injectable()
export class CaseScopeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The case if `user` sees it; null for one that does not exist and one out of scope alike. */
  findVisibleCase(user: UserScope, caseId: string): Promise<CaseEntity | null> {
    const query = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .innerJoin(RegionEntity, 'r', 'r.id = c.regionId')
      .where('c.id = :caseId', { caseId });
    return whereRecordInScope(query, user, {
      programId: 'c.programId',
      regionPath: 'r.path',
    }).getOne();
  }

  /**
   * Locks the case row until `tx` ends, so a stage move and a visit or evaluation on the same case
   * cannot interleave their reads and writes of its schedule and flags.
   */
  async lock(tx: EntityManager, caseId: string): Promise<LockedCase> {
    const locked = await tx.findOneOrFail(CaseEntity, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    const program = await tx.findOneByOrFail(ProgramEntity, { id: locked.programId });
    const { definition } = await tx.findOneByOrFail(WorkflowDefinitionEntity, {
      id: locked.workflowDefinitionId,
      version: locked.workflowDefinitionVersion,
    });
    return { case: locked, program, definition };
  }

  async update(
    tx: EntityManager,
    caseId: string,
    changes: Partial<Pick<CaseEntity, 'nextVisitDue' | 'riskFlags'>>,
  ): Promise<void> {
    await tx.update(CaseEntity, { id: caseId }, changes);
  }

  async appendEvent(
    tx: EntityManager,
    event: Pick<CaseEventEntity, 'caseId' | 'type' | 'actorId'> & {
      payload: Record<string, string | number>;
    },
  ): Promise<void> {
    await tx.insert(CaseEventEntity, event);
  }
}
