import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, LoggerOptions, LogLevel } from 'typeorm';

/**
 * TypeORM's messages as the app's own log lines (context `TypeORM`) rather than its console output,
 * so stdout stays one JSON object a line. `logging` is read at each message because TypeORM's
 * `setOptions({ logging })` changes the options in place and keeps this logger. Like TypeORM's own
 * loggers it always reports migrations and slow queries; it never logs query parameters, which may
 * hold password hashes and tokens.
 */
export class TypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('TypeORM');

  constructor(private readonly logging: () => LoggerOptions | undefined) {}

  logQuery(query: string): void {
    if (this.enabled('query')) this.logger.debug({ msg: 'query', query });
  }

  logQueryError(error: string | Error, query: string): void {
    if (!this.enabled('error')) return;
    if (error instanceof Error) this.logger.error({ msg: 'query failed', query, err: error });
    else this.logger.error({ msg: `query failed: ${error}`, query });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: `query is slow (${time} ms)`, query, durationMs: time });
  }

  logSchemaBuild(message: string): void {
    if (this.enabled('schema')) this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (!this.enabled(level)) return;
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }

  private enabled(level: LogLevel): boolean {
    const logging = this.logging();
    return (
      logging === 'all' || logging === true || (Array.isArray(logging) && logging.includes(level))
    );
  }
}
