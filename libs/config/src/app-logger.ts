import { ConsoleLogger } from '@nestjs/common';
import type { AppConfig } from './config.schema';

/** The logger every app runs with: the configured levels, colour only for a person at a terminal. */
export function createAppLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger({
    logLevels: [...config.logLevels],
    colors: Boolean(process.stdout.isTTY),
  });
}
