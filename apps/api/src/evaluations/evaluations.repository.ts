import { EvaluationEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { EVALUATIONS_RESOURCE } from './evaluations.resource';

// The order of a case's history of evaluations: by the day held, then as recorded.
const OLDEST_FIRST = { evaluatedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } as const;

@Injectable()
export class EvaluationsRepository {
  constructor(
    @InjectRepository(EvaluationEntity) private readonly evaluations: Repository<EvaluationEntity>,
  ) {}

  private visibleTo(user: UserScope): SelectQueryBuilder<EvaluationEntity> {
    return whereCaseInScope(this.evaluations.createQueryBuilder('e'), 'e.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<EvaluationEntity>> {
    return findListPage(this.visibleTo(user), EVALUATIONS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<EvaluationEntity>).getMany(),
    );
  }

  findOneVisibleTo(user: UserScope, id: string): Promise<EvaluationEntity | null> {
    return this.visibleTo(user).andWhere('e.id = :id', { id }).getOne();
  }

  /** The evaluations done of the cases, oldest first; inside `tx` when given. */
  findDoneOfCases(
    caseIds: readonly string[],
    tx: EntityManager = this.evaluations.manager,
  ): Promise<EvaluationEntity[]> {
    return tx.find(EvaluationEntity, {
      where: { caseId: In([...new Set(caseIds)]), status: 'done' },
      order: OLDEST_FIRST,
    });
  }

  /** The evaluation as it is inside `tx`, read after its case was locked. */
  findCurrent(tx: EntityManager, id: string): Promise<EvaluationEntity> {
    return tx.findOneByOrFail(EvaluationEntity, { id });
  }

  save(tx: EntityManager, evaluation: Partial<EvaluationEntity>): Promise<EvaluationEntity> {
    return tx.save(EvaluationEntity, tx.create(EvaluationEntity, evaluation));
  }
}
