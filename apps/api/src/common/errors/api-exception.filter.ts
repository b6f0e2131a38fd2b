import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
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
  const limit = contentType?.startsWith('text/csv') ? CSV_BODY_LIMIT_TEXT : BODY_LIMIT_TEXT;
  return `The request body is larger than the limit of ${limit}`;
}

function reason(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

function bodyOf(exception: HttpException, request: FastifyRequest): ErrorBody {
  const status: number = exception.getStatus();
  const response = exception.getResponse();
  // A multipart body has no Fastify body limit: its 413 comes from the route, naming its own limit.
  if (status === 413 && !request.headers['content-type']?.startsWith('multipart/form-data')) {
    return {
      statusCode: status,
      error: reason(status),
      message: tooLarge(request.headers['content-type']),
    };
  }
  if (typeof response === 'string') {
    return { statusCode: status, error: reason(status), message: response };
  }
  const { message, ...rest } = response as Record<string, unknown>;
  const body: ErrorBody = {
    statusCode: status,
    error: reason(status),
    // Nest's own pipes give a list of messages.
    message: Array.isArray(message)
      ? message.join('; ')
      : typeof message === 'string'
        ? message
        : reason(status),
    ...rest,
  };
  // The body never claims another status than the answer's.
  body.statusCode = status;
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
        message: database.message,
      };
    }
    this.logger.error(
      exception instanceof Error ? exception.message : String(exception),
      exception instanceof Error ? exception.stack : undefined,
    );
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return { statusCode: status, error: reason(status), message: UNEXPECTED };
  }
}
