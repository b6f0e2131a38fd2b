import { VisitEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { VISITS_RESOURCE } from './visits.resource';

@Injectable()
export class VisitsRepository {
  constructor(@InjectRepository(VisitEntity) private readonly visits: Repository<VisitEntity>) {}

  private visibleTo(user: UserScope): SelectQueryBuilder<VisitEntity> {
    return whereCaseInScope(this.visits.createQueryBuilder('v'), 'v.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<VisitEntity>> {
    return findListPage(this.visibleTo(user), VISITS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<VisitEntity>).getMany(),
    );
  }

  /** A visit whose case the user sees; null for one that does not exist and one out of scope alike. */
  findOneVisibleTo(user: UserScope, id: string): Promise<VisitEntity | null> {
    return this.visibleTo(user).andWhere('v.id = :id', { id }).getOne();
  }

  /** The visit as it is inside `tx`, read after its case was locked. */
  findCurrent(tx: EntityManager, id: string): Promise<VisitEntity> {
    return tx.findOneByOrFail(VisitEntity, { id });
  }

  save(tx: EntityManager, visit: Partial<VisitEntity>): Promise<VisitEntity> {
    return tx.save(VisitEntity, tx.create(VisitEntity, visit));
  }
}
