import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
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
import { Roles } from '../auth/roles.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import {
  type NewProgram,
  newProgramSchema,
  type ProgramChanges,
  programChangesSchema,
} from './program-body.schema';
import { programRecordSchema } from './program.record';
import { PROGRAMS_RESOURCE } from './programs.resource';
import { ProgramsService } from './programs.service';

const record = { description: 'The program', schema: schemaRef(programRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such program among those the user sees', ...error };
const unpublished = {
  description: 'The workflow definition version does not exist or is not published',
  ...error,
};

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @ApiOperation({
    summary: 'List programs: every one for an admin, those assigned for anyone else',
  })
  @ApiList(PROGRAMS_RESOURCE, programRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(PROGRAMS_RESOURCE) query: ListQuery) {
    return this.programs.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One program the user sees' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.programs.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a program on a published workflow definition version' })
  @ApiBody({ schema: schemaRef(newProgramSchema) })
  @ApiCreatedResponse(record)
  @ApiUnprocessableEntityResponse(unpublished)
  create(@Body(new ZodValidationPipe(newProgramSchema)) input: NewProgram) {
    return this.programs.create(input);
  }

  @Put(':id')
  @Roles('admin', 'programManager')
  @ApiOperation({ summary: 'Change a program: an admin, or a program manager of it' })
  @ApiBody({ schema: schemaRef(programChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  @ApiUnprocessableEntityResponse(unpublished)
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(programChangesSchema)) changes: ProgramChanges,
  ) {
    return this.programs.update(user, id, changes);
  }

  @Delete(':id')
  @Roles('admin', 'programManager')
  @ApiOperation({ summary: 'Delete a program no case belongs to' })
  @ApiOkResponse({ description: 'The program as it was', schema: schemaRef(programRecordSchema) })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'Cases belong to the program', ...error })
  delete(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.programs.delete(user, id);
  }
}
