import { Injectable } from '@nestjs/common';
import type { UserScope } from '../access';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { toCaseEventRecord, type CaseEventRecord } from './case-event.record';
import { CaseEventsRepository } from './case-events.repository';

/** The history of the cases a user sees, as one list. */
@Injectable()
export class CaseEventsService {
  constructor(private readonly repository: CaseEventsRepository) {}

  async list(user: UserScope, query: ListQuery): Promise<ListPage<CaseEventRecord>> {
    return (await this.repository.findPageVisibleTo(user, query)).map(toCaseEventRecord);
  }
}
