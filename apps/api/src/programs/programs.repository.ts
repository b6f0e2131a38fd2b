import {
  ProgramEntity,
  WorkflowDefinitionEntity,
  type WorkflowDefinitionStatus,
} from '@berdaya/db';
import type { ProgramScheduleSettings } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { type UserScope, whereProgramInScope } from '../access';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { NewProgram } from './program-body.schema';
import { PROGRAMS_RESOURCE } from './programs.resource';

@Injectable()
export class ProgramsRepository {
  constructor(
    @InjectRepository(ProgramEntity) private readonly rows: Repository<ProgramEntity>,
    @InjectRepository(WorkflowDefinitionEntity)
    private readonly definitions: Repository<WorkflowDefinitionEntity>,
  ) {}

  /** The page of the programs `user` sees. */
  findPageInScope(query: ListQuery, user: UserScope): Promise<ListPage<ProgramEntity>> {
    const base = whereProgramInScope(this.rows.createQueryBuilder('p'), user, 'p.id');
    return findListPage(base, PROGRAMS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<ProgramEntity>).getMany(),
    );
  }

  /** The program, if `user` sees it. */
  findByIdInScope(id: string, user: UserScope): Promise<ProgramEntity | null> {
    return whereProgramInScope(this.rows.createQueryBuilder('p'), user, 'p.id')
      .andWhere('p.id = :id', { id })
      .getOne();
  }

  findById(id: string): Promise<ProgramEntity | null> {
    return this.rows.findOneBy({ id });
  }

  /** The status of every version of a workflow definition, by version. */
  async findDefinitionStatuses(
    definitionId: string,
  ): Promise<Map<number, WorkflowDefinitionStatus>> {
    const versions = await this.definitions.find({
      select: { version: true, status: true },
      where: { id: definitionId },
    });
    return new Map(versions.map(({ version, status }) => [version, status]));
  }

  /**
   * The settings that make the program's evaluation schedule, its row locked until `manager`'s
   * transaction ends: a concurrent change then waits, and compares against what this one wrote.
   */
  async lockSchedule(manager: EntityManager, id: string): Promise<ProgramScheduleSettings | null> {
    const row = await manager.findOne(ProgramEntity, {
      select: { id: true, active: true, evaluationCron: true, timezone: true },
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return row
      ? { active: row.active, evaluationCron: row.evaluationCron, timezone: row.timezone }
      : null;
  }

  async insert(manager: EntityManager, settings: NewProgram): Promise<string> {
    const result = await manager.insert(ProgramEntity, settings);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewProgram>): Promise<void> {
    if (Object.keys(changes).length > 0) await manager.update(ProgramEntity, { id }, changes);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ProgramEntity, { id });
  }
}
