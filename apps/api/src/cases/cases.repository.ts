import { CaseEntity, ProgramEntity, RegionEntity, WorkflowDefinitionEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { whereRecordInScope, type UserScope } from '../access';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { casesResource } from './cases.resource';

@Injectable()
export class CasesRepository {
  // Published definitions never change, so each id@version is read from the database once.
  private readonly definitions = new Map<string, Promise<WorkflowDefinition>>();

  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(WorkflowDefinitionEntity)
    private readonly workflowDefinitions: Repository<WorkflowDefinitionEntity>,
  ) {}

  /** Cases with their village (`r`) and program (`p`) joined, narrowed to what `user` sees. */
  private visibleTo(user: UserScope) {
    const query = this.cases
      .createQueryBuilder('c')
      .innerJoin(RegionEntity, 'r', 'r.id = c.regionId')
      .innerJoin(ProgramEntity, 'p', 'p.id = c.programId');
    return whereRecordInScope(query, user, { programId: 'c.programId', regionPath: 'r.path' });
  }

  findPageVisibleTo(user: UserScope, query: ListQuery, now: Date): Promise<ListPage<CaseEntity>> {
    return findListPage(this.visibleTo(user), casesResource(now), query, (page) =>
      (page as SelectQueryBuilder<CaseEntity>).getMany(),
    );
  }

  /** A case the user may see; null for one that does not exist and for one out of their scope alike. */
  findOneVisibleTo(user: UserScope, id: string): Promise<CaseEntity | null> {
    return this.visibleTo(user).andWhere('c.id = :id', { id }).getOne();
  }

  findProgramsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.programs.findBy({ id: In([...new Set(ids)]) });
  }

  definition(id: string, version: number): Promise<WorkflowDefinition> {
    const key = `${id}@${version}`;
    let found = this.definitions.get(key);
    if (!found) {
      found = this.workflowDefinitions
        .findOneByOrFail({ id, version })
        .then((row) => row.definition);
      found.catch(() => this.definitions.delete(key));
      this.definitions.set(key, found);
    }
    return found;
  }
}
