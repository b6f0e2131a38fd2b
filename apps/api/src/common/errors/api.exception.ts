import type { ApiError } from '@berdaya/api-problems';
import { HttpException } from '@nestjs/common';

/**
 * An error answer with its code, so a client can say it in its own words: the body is
 * `{ statusCode, error, code, params?, message, ...more }`, `more` for what a client acts on
 * (`currentVersion`, `fields`).
 */
export class ApiException extends HttpException {
  constructor(status: number, error: ApiError, more: Record<string, unknown> = {}) {
    super({ ...more, ...error }, status);
  }
}
