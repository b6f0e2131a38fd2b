import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { caseEventRecordSchema } from './case-event.record';
import { CASE_EVENTS_RESOURCE } from './case-events.resource';
import { CaseEventsService } from './case-events.service';

/** Only a list: history is written by the changes it records, never through this resource. */
@ApiTags('case-events')
@Controller('case-events')
export class CaseEventsController {
  constructor(private readonly events: CaseEventsService) {}

  @Get()
  @ApiOperation({ summary: 'History of the cases in scope' })
  @ApiList(CASE_EVENTS_RESOURCE, caseEventRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(CASE_EVENTS_RESOURCE) query: ListQuery) {
    return this.events.list(user, query);
  }
}
