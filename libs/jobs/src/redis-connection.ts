import { Redis } from 'ioredis';

/**
 * `worker`: for BullMQ workers and anything else that may block on Redis; it waits out an outage.
 * `client`: for request paths (health, enqueueing from the api); a command fails at once while Redis
 * is away instead of holding the request.
 */
export type RedisRole = 'worker' | 'client';

export interface RedisConnectionOptions {
  role: RedisRole;
  /** Shown by CLIENT LIST, so an operator can tell the api's connections from the worker's. */
  connectionName: string;
}

/**
 * A Redis connection with the settings BullMQ expects. It is created lazily: call `connect()` (or
 * `connectRedis`) and await it before use, so a failure to connect surfaces where it can be handled.
 */
export function createRedisConnection(url: string, options: RedisConnectionOptions): Redis {
  let wasReady = false;
  const redis = new Redis(url, {
    connectionName: options.connectionName,
    lazyConnect: true,
    connectTimeout: 5_000,
    // A first connect that fails is reported to whoever awaited it (the boot stops with a clear
    // message); only a connection that has worked waits out an outage, with capped backoff.
    retryStrategy: (attempt) => (wasReady ? Math.min(attempt * 50, 2_000) : null),
    // BullMQ refuses a worker connection that gives up on a command (its blocking reads must
    // survive reconnects), while a client should give up rather than queue behind an outage.
    ...(options.role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
  });
  redis.once('ready', () => {
    wasReady = true;
  });
  return redis;
}
