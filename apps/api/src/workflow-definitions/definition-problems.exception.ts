import { definitionKey, type DefinitionProblem } from '@berdaya/workflow';
import { UnprocessableEntityException } from '@nestjs/common';

/** 422: the body is JSON, but not a workflow definition the engine accepts; lists every problem. */
export class DefinitionProblemsException extends UnprocessableEntityException {
  constructor(problems: readonly DefinitionProblem[], key?: { id: string; version: number }) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: `${key ? `Workflow definition ${definitionKey(key)}` : 'The workflow definition'} is not valid: ${first?.message ?? 'unknown problem'}${more}`,
      problems,
    });
  }
}
