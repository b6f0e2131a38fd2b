import { CaseEventEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { CASE_EVENTS_RESOURCE } from './case-events.resource';

/** Reads only: the history is append-only, written by the features that change a case. */
@Injectable()
export class CaseEventsRepository {
  constructor(
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<CaseEventEntity>> {
    const visible = whereCaseInScope(this.events.createQueryBuilder('ce'), 'ce.caseId', user);
    return findListPage(visible, CASE_EVENTS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<CaseEventEntity>).getMany(),
    );
  }
}
