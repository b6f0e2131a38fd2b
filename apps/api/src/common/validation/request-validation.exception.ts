import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../errors/api.exception';
import type { FieldProblem } from './field-problem';

const oneLine = (fields: readonly FieldProblem[]) =>
  fields.map(({ field, message }) => `${field}: ${message}`).join('; ');

/**
 * A 400 naming every bad field at once, so a form can show each message beside its input; the
 * `message` repeats them in one line for clients that show only that (react-admin's notification).
 */
export class RequestValidationException extends ApiException {
  constructor(readonly fields: readonly FieldProblem[]) {
    super(HttpStatus.BAD_REQUEST, { code: 'INVALID_FIELDS', message: oneLine(fields) }, { fields });
  }
}

/**
 * A 422 naming every field whose well-formed value the data refuses (a reference to a record that
 * does not exist or cannot be used), shaped like RequestValidationException's 400.
 */
export class UnprocessableFieldsException extends ApiException {
  constructor(readonly fields: readonly FieldProblem[]) {
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      { code: 'INVALID_FIELDS', message: oneLine(fields) },
      { fields },
    );
  }
}
