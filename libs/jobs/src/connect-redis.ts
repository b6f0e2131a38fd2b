import type { Redis } from 'ioredis';
import { redisUnavailable } from './redis-unavailable';

/**
 * Connects a lazily created connection and waits until it is ready.
 *
 * @throws ServiceUnavailableError naming Redis and its address when it cannot be reached; the
 * connection is then closed.
 */
export async function connectRedis(redis: Redis, url: string): Promise<void> {
  // ioredis rejects connect() with a bare "Connection is closed"; the cause (ECONNREFUSED…) only
  // arrives as an 'error' event, so it is kept for the message.
  let lastError: unknown;
  const remember = (error: unknown) => {
    lastError = error;
  };
  redis.on('error', remember);
  try {
    await redis.connect();
  } catch (error) {
    // Once ended there is nothing to close, and ioredis would arm a 2 s timer for a closed socket.
    if (redis.status !== 'end') redis.disconnect();
    throw redisUnavailable(url, lastError ?? error);
  } finally {
    redis.off('error', remember);
  }
}
