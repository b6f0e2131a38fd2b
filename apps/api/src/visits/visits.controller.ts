import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import {
  type NewVisit,
  newVisitSchema,
  type VisitChanges,
  visitChangesSchema,
} from './visit-body.schema';
import { visitRecordSchema } from './visit.record';
import { VISITS_RESOURCE } from './visits.resource';
import { VisitsService } from './visits.service';

const record = { description: 'The visit', schema: schemaRef(visitRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such visit among the cases the user sees', ...error };

@ApiTags('visits')
@Controller('visits')
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Get()
  @ApiOperation({ summary: 'Visits of the cases in scope' })
  @ApiList(VISITS_RESOURCE, visitRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(VISITS_RESOURCE) query: ListQuery) {
    return this.visits.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One visit of a case in scope' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.visits.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Plan a visit to a case' })
  @ApiBody({ schema: schemaRef(newVisitSchema) })
  @ApiCreatedResponse(record)
  @ApiUnprocessableEntityResponse({ description: 'caseId names no case in scope', ...error })
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(newVisitSchema)) input: NewVisit,
  ) {
    return this.visits.plan(user, input);
  }

  @Put(':id')
  @ApiOperation({
    summary:
      "Replan a visit, or log it done (moves the case's next due visit), missed or cancelled",
  })
  @ApiBody({ schema: schemaRef(visitChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'The visit was done, missed or cancelled already', ...error })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(visitChangesSchema)) changes: VisitChanges,
  ) {
    return this.visits.change(user, id, changes);
  }
}
