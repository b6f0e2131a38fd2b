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
  type NewUser,
  newUserSchema,
  type UserChanges,
  userChangesSchema,
} from './user-body.schema';
import { userRecordSchema } from './user.record';
import { USERS_RESOURCE } from './users.resource';
import { UsersService } from './users.service';

const record = { description: 'The user', schema: schemaRef(userRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const emailTaken = { description: 'Another user has this e-mail', ...error };
const unknownAssignment = { description: 'A program or region id names nothing', ...error };
const notFound = { description: 'No such user (or, for a non-admin, another user)', ...error };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List users: every one for an admin, oneself for anyone else' })
  @ApiList(USERS_RESOURCE, userRecordSchema)
  list(@CurrentUser() actor: AuthUser, @ListQueryOf(USERS_RESOURCE) query: ListQuery) {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user: any for an admin, oneself for anyone else' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user with a password (never answered back)' })
  @ApiBody({ schema: schemaRef(newUserSchema) })
  @ApiCreatedResponse(record)
  @ApiConflictResponse(emailTaken)
  @ApiUnprocessableEntityResponse(unknownAssignment)
  create(@Body(new ZodValidationPipe(newUserSchema)) input: NewUser) {
    return this.users.create(input);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a user; a new password or deactivation ends their sessions' })
  @ApiBody({ schema: schemaRef(userChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'The e-mail is taken, or this is the last admin', ...error })
  @ApiUnprocessableEntityResponse(unknownAssignment)
  update(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(userChangesSchema)) input: UserChanges,
  ) {
    return this.users.update(id, input);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Deactivate a user (history keeps its actors) and end their sessions',
  })
  @ApiOkResponse({ description: 'The user as it was', schema: schemaRef(userRecordSchema) })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'This is the last active admin', ...error })
  deactivate(@IdParam() id: string) {
    return this.users.deactivate(id);
  }
}
