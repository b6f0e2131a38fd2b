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
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import {
  type GoalChanges,
  goalChangesSchema,
  type NewGoal,
  newGoalSchema,
} from './goal-body.schema';
import { goalRecordSchema } from './goal.record';
import { GOALS_RESOURCE } from './goals.resource';
import { GoalsService } from './goals.service';

const record = { description: 'The goal', schema: schemaRef(goalRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such goal among the cases the user sees', ...error };

@ApiTags('goals')
@Controller('goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  @ApiOperation({ summary: 'Goals of the cases in scope' })
  @ApiList(GOALS_RESOURCE, goalRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(GOALS_RESOURCE) query: ListQuery) {
    return this.goals.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One goal of a case in scope' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.goals.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Set a goal for a case' })
  @ApiBody({ schema: schemaRef(newGoalSchema) })
  @ApiCreatedResponse(record)
  @ApiUnprocessableEntityResponse({ description: 'caseId names no case in scope', ...error })
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(newGoalSchema)) input: NewGoal,
  ) {
    return this.goals.set(user, input);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Reword or reschedule a goal, or mark it achieved or dropped' })
  @ApiBody({ schema: schemaRef(goalChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(goalChangesSchema)) changes: GoalChanges,
  ) {
    return this.goals.change(user, id, changes);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a goal still open' })
  @ApiOkResponse({ description: 'The goal as it was', schema: schemaRef(goalRecordSchema) })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'The goal was achieved or dropped already', ...error })
  delete(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.goals.delete(user, id);
  }
}
