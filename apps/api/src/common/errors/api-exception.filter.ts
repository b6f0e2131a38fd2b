import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { API_ERRORS, type ApiError, type ApiErrorCode } from '@berdaya/api-problems';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { BODY_LIMIT_TEXT, CSV_BODY_LIMIT_TEXT } from '../http/body-limit';
import { databaseErrorAnswer } from './database-error.answer';
import type { ErrorBody } from './error-body.schema';
import { RetryLaterException } from './retry-later.exception';

const UNEXPECTED = 'Something went wrong on our side; the error has been logged';
// Fastify refuses an oversized body before any handler runs (Nest hands it on as an HttpException),
// in words that do not say what the limit is.
function tooLarge(contentType: string | undefined): string {
  return contentType?.startsWith('text/csv') ? CSV_BODY_LIMIT_TEXT : BODY_LIMIT_TEXT;
}

function reason(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

// The code of an answer that names none: its status's, in the words of the status line.
function statusCode(status: number): Pick<ApiError, 'code' | 'params'> {
  const code = reason(status)
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_');
  return isApiErrorCode(code) && API_ERRORS[code].length === 0
    ? { code }
    : { code: 'HTTP_ERROR', params: { status } };
}

const isApiErrorCode = (code: unknown): code is ApiErrorCode =>
  typeof code === 'string' && Object.hasOwn(API_ERRORS, code);

function bodyOf(exception: HttpException, request: FastifyRequest): ErrorBody {
  const status: number = exception.getStatus();
  const response = exception.getResponse();
  // A multipart body has no Fastify body limit: its 413 comes from the route, naming its own limit.
  if (status === 413 && !request.headers['content-type']?.startsWith('multipart/form-data')) {
    const limit = tooLarge(request.headers['content-type']);
    return {
      statusCode: status,
      error: reason(status),
      code: 'BODY_TOO_LARGE',
      params: { limit },
      message: `The request body is larger than the limit of ${limit}`,
    };
  }
  if (typeof response === 'string') {
    return { statusCode: status, error: reason(status), ...statusCode(status), message: response };
  }
  const { message, code, params, ...rest } = response as Record<string, unknown>;
  const body: ErrorBody = {
    ...rest,
    statusCode: status,
    error: reason(status),
    // Nest's own exceptions and Fastify's refusals name no code of ours.
    ...(isApiErrorCode(code)
      ? ({ code, params } as Pick<ApiError, 'code' | 'params'>)
      : statusCode(status)),
    // Nest's own pipes give a list of messages.
    message: Array.isArray(message)
      ? message.join('; ')
      : typeof message === 'string'
        ? message
        : reason(status),
  };
  return body;
}

/**
 * Every error leaves the api as `{ statusCode, error, message, ... }`. HttpExceptions (Nest hands on
 * Fastify's refusals of a request, such as malformed JSON, as these) say what they mean; database
 * errors a client caused are translated; anything else is a bug: it is logged in full and answered
 * with a 500 that gives nothing away.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const body = this.bodyFor(exception, http.getRequest<FastifyRequest>());
    if (exception instanceof RetryLaterException) {
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    void reply.status(body.statusCode).send(body);
  }

  private bodyFor(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof HttpException) return bodyOf(exception, request);
    const database = databaseErrorAnswer(exception);
    if (database) {
      this.logger.warn(`Answered ${database.status}: ${(exception as Error).message}`);
      return {
        statusCode: database.status,
        error: reason(database.status),
        code: database.code,
        message: database.message,
      };
    }
    this.logger.error(
      exception instanceof Error ? exception.message : String(exception),
      exception instanceof Error ? exception.stack : undefined,
    );
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return {
      statusCode: status,
      error: reason(status),
      code: 'INTERNAL_SERVER_ERROR',
      message: UNEXPECTED,
    };
  }
}
