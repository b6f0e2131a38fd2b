import { applyDecorators, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiParam } from '@nestjs/swagger';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { definitionKeySchema } from './definition-key';

/** The `:id` of a route, parsed into a DefinitionKey (400 when it is not `<id>@<version>`). */
export const DefinitionKeyParam = (): ParameterDecorator =>
  Param('id', new ZodValidationPipe(definitionKeySchema));

/** Documents the `:id` of a route and the answers it can cause. */
export const ApiDefinitionKey = (): MethodDecorator =>
  applyDecorators(
    ApiParam({
      name: 'id',
      type: String,
      description: '`<definitionId>@<version>`',
      example: 'empowerment-default@1',
    }),
    ApiBadRequestResponse({
      description: 'The id is not `<definitionId>@<version>`',
      schema: schemaRef(errorBodySchema),
    }),
    ApiNotFoundResponse({ description: 'No such version', schema: schemaRef(errorBodySchema) }),
  );
