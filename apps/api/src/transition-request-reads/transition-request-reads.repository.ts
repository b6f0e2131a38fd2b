import { TransitionRequestEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { TRANSITION_REQUESTS_RESOURCE } from './transition-requests.resource';

/** Reads only: requests are made, decided and withdrawn through the case workflow. */
@Injectable()
export class TransitionRequestReadsRepository {
  constructor(
    @InjectRepository(TransitionRequestEntity)
    private readonly requests: Repository<TransitionRequestEntity>,
  ) {}

  private visibleTo(user: UserScope): SelectQueryBuilder<TransitionRequestEntity> {
    return whereCaseInScope(this.requests.createQueryBuilder('tr'), 'tr.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<TransitionRequestEntity>> {
    return findListPage(this.visibleTo(user), TRANSITION_REQUESTS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<TransitionRequestEntity>).getMany(),
    );
  }

  /** A request whose case the user sees; null when it does not exist or is out of scope. */
  findOneVisibleTo(user: UserScope, id: string): Promise<TransitionRequestEntity | null> {
    return this.visibleTo(user).andWhere('tr.id = :id', { id }).getOne();
  }
}
