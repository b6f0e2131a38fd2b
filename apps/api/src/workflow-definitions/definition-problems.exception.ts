import { definitionKey, type DefinitionProblem } from '@berdaya/workflow';
import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';

/** 422: the body is JSON, but not a workflow definition the engine accepts; lists every problem. */
export class DefinitionProblemsException extends ApiException {
  constructor(problems: readonly DefinitionProblem[], key?: { id: string; version: number }) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      {
        code: 'DEFINITION_INVALID',
        params: { count: problems.length },
        message: `${key ? `Workflow definition ${definitionKey(key)}` : 'The workflow definition'} is not valid: ${first?.message ?? 'unknown problem'}${more}`,
      },
      { problems },
    );
  }
}
