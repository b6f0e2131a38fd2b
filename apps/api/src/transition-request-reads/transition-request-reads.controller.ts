import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { transitionRequestRecordSchema } from './transition-request.record';
import { TransitionRequestReadsService } from './transition-request-reads.service';
import { TRANSITION_REQUESTS_RESOURCE } from './transition-requests.resource';

/**
 * The reads of `/transition-requests`, beside the decisions the case workflow routes on the same
 * path (approve, reject, withdraw).
 */
@ApiTags('transition-requests')
@Controller('transition-requests')
export class TransitionRequestReadsController {
  constructor(private readonly requests: TransitionRequestReadsService) {}

  @Get()
  @ApiOperation({ summary: 'Transition requests of the cases in scope' })
  @ApiList(TRANSITION_REQUESTS_RESOURCE, transitionRequestRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(TRANSITION_REQUESTS_RESOURCE) query: ListQuery) {
    return this.requests.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One transition request of a case in scope' })
  @ApiOkResponse({
    description: 'The transition request',
    schema: schemaRef(transitionRequestRecordSchema),
  })
  @ApiNotFoundResponse({
    description: 'No such request among the cases the user sees',
    schema: schemaRef(errorBodySchema),
  })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.requests.get(user, id);
  }
}
