import { BadRequestException } from '@nestjs/common';
import type { FieldProblem } from './field-problem';

/**
 * A 400 naming every bad field at once, so a form can show each message beside its input; the
 * `message` repeats them in one line for clients that show only that (react-admin's notification).
 */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fields: readonly FieldProblem[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: fields.map(({ field, message }) => `${field}: ${message}`).join('; '),
      fields,
    });
  }
}
