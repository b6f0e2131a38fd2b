import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { facilitatorRecordSchema } from './facilitator.record';
import { FacilitatorsRepository } from './facilitators.repository';
import { FACILITATORS_RESOURCE } from './facilitators.resource';

@ApiTags('facilitators')
@Controller('facilitators')
export class FacilitatorsController {
  constructor(private readonly facilitators: FacilitatorsRepository) {}

  @Get()
  @ApiOperation({
    summary: "Active facilitators in the caller's programs and regions (every one for an admin)",
  })
  @ApiList(FACILITATORS_RESOURCE, facilitatorRecordSchema)
  list(@CurrentUser() actor: AuthUser, @ListQueryOf(FACILITATORS_RESOURCE) query: ListQuery) {
    return this.facilitators.findPageVisibleTo(actor, query);
  }
}
