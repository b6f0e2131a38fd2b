import type { ApiErrorCode } from '@berdaya/api-problems';
import { HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** A status, a code and a message safe to show a client. */
export interface ErrorAnswer {
  status: number;
  code: ApiErrorCode;
  message: string;
}

// Keyed by SQLSTATE. The messages say what went wrong in the client's terms; table, column and
// constraint names stay in the log.
const ANSWERS: Readonly<Record<string, ErrorAnswer>> = {
  // unique_violation
  '23505': {
    status: HttpStatus.CONFLICT,
    code: 'DUPLICATE_VALUE',
    message: 'A record with the same unique value already exists',
  },
  // not_null_violation
  '23502': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    code: 'VALUE_MISSING',
    message: 'A required value is missing',
  },
  // check_violation
  '23514': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    code: 'VALUE_NOT_ALLOWED',
    message: 'A value is not one of those allowed',
  },
  // invalid_text_representation: "abc" for an integer or a uuid
  '22P02': {
    status: HttpStatus.BAD_REQUEST,
    code: 'WRONG_FORMAT',
    message: 'A value has the wrong format',
  },
  // numeric_value_out_of_range
  '22003': {
    status: HttpStatus.BAD_REQUEST,
    code: 'NUMBER_OUT_OF_RANGE',
    message: 'A number is out of range',
  },
  // invalid_datetime_format, datetime_field_overflow
  '22007': {
    status: HttpStatus.BAD_REQUEST,
    code: 'DATE_WRONG_FORMAT',
    message: 'A date or time has the wrong format',
  },
  '22008': {
    status: HttpStatus.BAD_REQUEST,
    code: 'DATE_OUT_OF_RANGE',
    message: 'A date or time is out of range',
  },
  // string_data_right_truncation
  '22001': {
    status: HttpStatus.BAD_REQUEST,
    code: 'TEXT_TOO_LONG',
    message: 'A text is longer than allowed',
  },
  // serialization_failure, deadlock_detected: another request changed the same rows
  '40001': {
    status: HttpStatus.CONFLICT,
    code: 'CONCURRENT_CHANGE',
    message: 'Another change to the same data happened at the same time; try again',
  },
  '40P01': {
    status: HttpStatus.CONFLICT,
    code: 'CONCURRENT_CHANGE',
    message: 'Another change to the same data happened at the same time; try again',
  },
};

const REFERENCE_MISSING: ErrorAnswer = {
  status: HttpStatus.UNPROCESSABLE_ENTITY,
  code: 'REFERENCE_MISSING',
  message: 'A value refers to a record that does not exist',
};
const STILL_REFERENCED: ErrorAnswer = {
  status: HttpStatus.CONFLICT,
  code: 'STILL_REFERENCED',
  message: 'The record is still in use by other records; remove or change those first',
};

/** The answer for a PostgreSQL error the client caused, or undefined for anything else. */
export function databaseErrorAnswer(error: unknown): ErrorAnswer | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, message } = error.driverError as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return undefined;
  if (code === '23503') {
    // foreign_key_violation has one code for both directions; only the wording tells them apart.
    return typeof message === 'string' && message.startsWith('update or delete on table')
      ? STILL_REFERENCED
      : REFERENCE_MISSING;
  }
  return ANSWERS[code];
}
