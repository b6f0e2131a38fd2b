import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429 whose answer carries `Retry-After`, the whole seconds until a retry may succeed. */
export class RetryLaterException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
