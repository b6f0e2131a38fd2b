import { ServiceUnavailableError } from '@berdaya/config';
import { Redis } from 'ioredis';
import { connectRedis } from './connect-redis';
import { redisUnavailable } from './redis-unavailable';

/**
 * Fails fast at boot when Redis is not there: one connection, one PING, no retries.
 *
 * @throws ServiceUnavailableError naming Redis, its address and how to start it.
 */
export async function assertRedisReachable(url: string, timeoutMs = 3_000): Promise<void> {
  const probe = new Redis(url, {
    connectionName: 'berdaya-probe',
    lazyConnect: true,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    // Nothing is in flight when the probe is dropped, so its socket need not linger half-closed.
    disconnectTimeout: 0,
  });
  // Every failure is reported through the rejections below; without a listener ioredis would also
  // print it as an unhandled 'error' event.
  probe.on('error', () => undefined);
  // ioredis' own timeouts stop at the TCP connect; a server that accepts and stays silent (another
  // service on the port) would hold the boot for seconds, so the whole check has one deadline.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([connectRedis(probe, url).then(() => probe.ping()), deadline]);
  } catch (error) {
    throw error instanceof ServiceUnavailableError ? error : redisUnavailable(url, error);
  } finally {
    clearTimeout(timer);
    if (probe.status !== 'end') probe.disconnect();
  }
}
