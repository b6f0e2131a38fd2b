import { ConfigError } from './config.error';
import { ServiceUnavailableError } from './service-unavailable.error';

/**
 * What a process prints before exiting when it cannot start. Expected failures (bad configuration,
 * a service that is down) are the operator's to fix, so they get their message alone; anything else
 * is a bug and keeps its stack trace.
 */
export function bootFailureMessage(error: unknown): string {
  if (error instanceof ConfigError || error instanceof ServiceUnavailableError) {
    return `${error.message}\n`;
  }
  if (error instanceof Error) {
    return `${error.stack ?? error.message}\n`;
  }
  return `${String(error)}\n`;
}
