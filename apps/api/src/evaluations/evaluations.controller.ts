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
  type EvaluationFilledIn,
  evaluationFilledInSchema,
  type NewEvaluation,
  newEvaluationSchema,
} from './evaluation-body.schema';
import { evaluationRecordSchema } from './evaluation.record';
import { EVALUATIONS_RESOURCE } from './evaluations.resource';
import { EvaluationsService } from './evaluations.service';

const record = { description: 'The evaluation', schema: schemaRef(evaluationRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such evaluation among the cases in scope', ...error };

@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get()
  @ApiOperation({ summary: 'Evaluations of the cases in scope, each with its trend' })
  @ApiList(EVALUATIONS_RESOURCE, evaluationRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(EVALUATIONS_RESOURCE) query: ListQuery) {
    return this.evaluations.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One evaluation of a case in scope, with its trend' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.evaluations.get(user, id);
  }

  @Post()
  @ApiOperation({
    summary: "Record an evaluation done: its index, trend and the case's dependency-risk flag",
  })
  @ApiBody({ schema: schemaRef(newEvaluationSchema) })
  @ApiCreatedResponse(record)
  @ApiUnprocessableEntityResponse({ description: 'caseId names no case in scope', ...error })
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(newEvaluationSchema)) input: NewEvaluation,
  ) {
    return this.evaluations.record(user, input);
  }

  @Put(':id')
  @ApiOperation({
    summary: "Fill in a due evaluation once held: its index, trend and the case's dependency flag",
  })
  @ApiBody({ schema: schemaRef(evaluationFilledInSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({
    description: 'The evaluation is done already: a scored evaluation is not rewritten',
    ...error,
  })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(evaluationFilledInSchema)) input: EvaluationFilledIn,
  ) {
    return this.evaluations.fillIn(user, id, input);
  }
}
