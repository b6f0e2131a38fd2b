import { ServiceUnavailableError, serviceAddress } from '@berdaya/config';

const START_COMMANDS = [
  'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log   (the local service)',
  'docker compose up -d postgres redis   (in Docker, from the repository root)',
];

/** The error for a Redis that did not answer, telling the operator where it was expected and how to start it. */
export function redisUnavailable(url: string, error: unknown): ServiceUnavailableError {
  const reason =
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string' &&
    error.message
      ? error.message
      : 'no answer';
  return new ServiceUnavailableError('Redis', serviceAddress(url), reason, START_COMMANDS, {
    cause: error,
  });
}
