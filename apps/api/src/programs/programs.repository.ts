import {
  ProgramEntity,
  WorkflowDefinitionEntity,
  type WorkflowDefinitionStatus,
} from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
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

  async insert(settings: NewProgram): Promise<string> {
    const result = await this.rows.insert(settings);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(id: string, changes: Partial<NewProgram>): Promise<void> {
    if (Object.keys(changes).length > 0) await this.rows.update({ id }, changes);
  }

  async delete(id: string): Promise<void> {
    await this.rows.delete({ id });
  }
}
