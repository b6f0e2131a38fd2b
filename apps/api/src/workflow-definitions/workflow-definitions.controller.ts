import { Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { definitionSchema } from '@berdaya/workflow';
import { Roles } from '../auth/roles.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { DefinitionBody } from './definition-body.decorator';
import type { DefinitionKey } from './definition-key';
import { ApiDefinitionKey, DefinitionKeyParam } from './definition-key.decorator';
import {
  definitionProblemsErrorSchema,
  definitionValidationSchema,
} from './definition-validation.schema';
import {
  workflowDefinitionDetailSchema,
  workflowDefinitionSummarySchema,
} from './workflow-definition.record';
import { WORKFLOW_DEFINITIONS_RESOURCE } from './workflow-definitions.resource';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

const detail = {
  description: 'The version, with its definition',
  schema: schemaRef(workflowDefinitionDetailSchema),
};
const error = { schema: schemaRef(errorBodySchema) };
const problems = {
  description: 'Not a definition the engine accepts; lists every problem',
  schema: schemaRef(definitionProblemsErrorSchema),
};
const definitionBody = {
  description: 'A workflow definition (see libs/workflow/README.md)',
  schema: schemaRef(definitionSchema),
};

// Every role reads the definitions (a program or a case shows its stages); only admins change them.
@ApiTags('workflow-definitions')
@Controller('workflow-definitions')
export class WorkflowDefinitionsController {
  constructor(private readonly definitions: WorkflowDefinitionsService) {}

  @Get()
  @ApiOperation({ summary: 'List the versions of every workflow definition' })
  @ApiList(WORKFLOW_DEFINITIONS_RESOURCE, workflowDefinitionSummarySchema)
  list(@ListQueryOf(WORKFLOW_DEFINITIONS_RESOURCE) query: ListQuery) {
    return this.definitions.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One version, with its definition' })
  @ApiDefinitionKey()
  @ApiOkResponse(detail)
  get(@DefinitionKeyParam() key: DefinitionKey) {
    return this.definitions.get(key);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Save a definition as a draft version' })
  @ApiBody(definitionBody)
  @ApiCreatedResponse(detail)
  @ApiBadRequestResponse({ description: 'The body is not a JSON object', ...error })
  @ApiConflictResponse({ description: 'That id and version exist already', ...error })
  @ApiUnprocessableEntityResponse(problems)
  create(@DefinitionBody() input: Record<string, unknown>) {
    return this.definitions.createDraft(input);
  }

  @Post('validate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Check a definition without saving it: the engine's problems, if any" })
  @ApiBody(definitionBody)
  @ApiOkResponse({
    description: 'Whether the engine accepts it, and every problem it found',
    schema: schemaRef(definitionValidationSchema),
  })
  @ApiBadRequestResponse({ description: 'The body is not a JSON object', ...error })
  validate(@DefinitionBody() input: Record<string, unknown>) {
    return this.definitions.validate(input);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Replace the definition of a draft; published versions never change' })
  @ApiDefinitionKey()
  @ApiBody(definitionBody)
  @ApiOkResponse(detail)
  @ApiConflictResponse({ description: 'The version is published or retired', ...error })
  @ApiUnprocessableEntityResponse(problems)
  update(
    @DefinitionKeyParam() key: DefinitionKey,
    @DefinitionBody() input: Record<string, unknown>,
  ) {
    return this.definitions.updateDraft(key, input);
  }

  @Post(':id/publish')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a draft: from now on it never changes' })
  @ApiDefinitionKey()
  @ApiOkResponse(detail)
  @ApiConflictResponse({ description: 'The version is not a draft', ...error })
  @ApiUnprocessableEntityResponse(problems)
  publish(@DefinitionKeyParam() key: DefinitionKey) {
    return this.definitions.publish(key);
  }

  @Post(':id/retire')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retire a published version: no new case starts on it' })
  @ApiDefinitionKey()
  @ApiOkResponse(detail)
  @ApiConflictResponse({ description: 'The version is not published', ...error })
  retire(@DefinitionKeyParam() key: DefinitionKey) {
    return this.definitions.retire(key);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Delete a draft; answers it as it was' })
  @ApiDefinitionKey()
  @ApiOkResponse(detail)
  @ApiConflictResponse({ description: 'The version is published or retired', ...error })
  delete(@DefinitionKeyParam() key: DefinitionKey) {
    return this.definitions.delete(key);
  }
}
