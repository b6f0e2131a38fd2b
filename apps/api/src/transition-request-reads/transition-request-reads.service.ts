import { HttpStatus, Injectable } from '@nestjs/common';
import type { UserScope } from '../access';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import {
  toTransitionRequestRecord,
  type TransitionRequestRecord,
} from './transition-request.record';
import { TransitionRequestReadsRepository } from './transition-request-reads.repository';
import { UserNames } from '../users/user-names';

/** Transition requests of the cases a user sees, for the approval queue and a case's page. */
@Injectable()
export class TransitionRequestReadsService {
  constructor(
    private readonly repository: TransitionRequestReadsRepository,
    private readonly userNames: UserNames,
  ) {}

  async list(user: UserScope, query: ListQuery): Promise<ListPage<TransitionRequestRecord>> {
    const page = await this.repository.findPageVisibleTo(user, query);
    const names = await this.userNames.byId(page.items.map((row) => row.requestedBy));
    return page.map((row) => toTransitionRequestRecord(row, names.get(row.requestedBy) ?? null));
  }

  async get(user: UserScope, id: string): Promise<TransitionRequestRecord> {
    const found = await this.repository.findOneVisibleTo(user, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'TRANSITION_REQUEST_NOT_FOUND',
        params: { id },
        message: `transition request ${id} not found`,
      });
    }
    const names = await this.userNames.byId([found.requestedBy]);
    return toTransitionRequestRecord(found, names.get(found.requestedBy) ?? null);
  }
}
