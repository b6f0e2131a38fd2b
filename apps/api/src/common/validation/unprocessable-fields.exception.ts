import { UnprocessableEntityException } from '@nestjs/common';
import type { FieldProblem } from './field-problem';

/**
 * A 422 naming every field whose well-formed value the data refuses (a reference to a record that
 * does not exist or cannot be used), shaped like RequestValidationException's 400.
 */
export class UnprocessableFieldsException extends UnprocessableEntityException {
  constructor(readonly fields: readonly FieldProblem[]) {
    super({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: fields.map(({ field, message }) => `${field}: ${message}`).join('; '),
      fields,
    });
  }
}
