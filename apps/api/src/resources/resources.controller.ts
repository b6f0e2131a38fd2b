import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import {
  ApiBody,
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
  type ResourceChanges,
  resourceChangesSchema,
  type NewResource,
  newResourceSchema,
} from './resource-body.schema';
import { resourceRecordSchema } from './resource.record';
import { RESOURCES_RESOURCE } from './resources.resource';
import { ResourcesService } from './resources.service';

const record = { description: 'The resource', schema: schemaRef(resourceRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such resource among the cases the user sees', ...error };

@ApiTags('resources')
@Controller('resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get()
  @ApiOperation({ summary: 'Resources of the cases in scope' })
  @ApiList(RESOURCES_RESOURCE, resourceRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(RESOURCES_RESOURCE) query: ListQuery) {
    return this.resources.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One resource of a case in scope' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.resources.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Record a resource of a case' })
  @ApiBody({ schema: schemaRef(newResourceSchema) })
  @ApiCreatedResponse(record)
  @ApiUnprocessableEntityResponse({ description: 'caseId names no case in scope', ...error })
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(newResourceSchema)) input: NewResource,
  ) {
    return this.resources.record(user, input);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a resource or its blockers' })
  @ApiBody({ schema: schemaRef(resourceChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(resourceChangesSchema)) changes: ResourceChanges,
  ) {
    return this.resources.change(user, id, changes);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a resource' })
  @ApiOkResponse({ description: 'The resource as it was', schema: schemaRef(resourceRecordSchema) })
  @ApiNotFoundResponse(notFound)
  delete(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.resources.delete(user, id);
  }
}
