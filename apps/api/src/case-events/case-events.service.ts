import { Injectable } from '@nestjs/common';
import type { UserScope } from '../access';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { toCaseEventRecord, type CaseEventRecord } from './case-event.record';
import { CaseEventsRepository } from './case-events.repository';
import { UserNames } from '../users/user-names';

/** The history of the cases a user sees, as one list. */
@Injectable()
export class CaseEventsService {
  constructor(
    private readonly repository: CaseEventsRepository,
    private readonly userNames: UserNames,
  ) {}

  async list(user: UserScope, query: ListQuery): Promise<ListPage<CaseEventRecord>> {
    const page = await this.repository.findPageVisibleTo(user, query);
    const names = await this.userNames.byId(page.items.map((event) => event.actorId));
    return page.map((event) =>
      toCaseEventRecord(event, event.actorId === null ? null : (names.get(event.actorId) ?? null)),
    );
  }
}
