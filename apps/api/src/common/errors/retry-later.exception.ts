import type { ApiError } from '@berdaya/api-problems';
import { HttpStatus } from '@nestjs/common';
import { ApiException } from './api.exception';

/** A 429 whose answer carries `Retry-After`, the whole seconds until a retry may succeed. */
export class RetryLaterException extends ApiException {
  constructor(
    error: ApiError,
    readonly retryAfterSeconds: number,
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, error, { retryAfterSeconds });
  }
}
