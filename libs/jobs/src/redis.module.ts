import { serviceAddress } from '@berdaya/config';
import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { connectRedis } from './connect-redis';
import { createRedisConnection, type RedisConnectionOptions } from './redis-connection';

/** Logs an outage once when it starts and once when it ends, rather than at every reconnect attempt. */
function reportOutages(redis: Redis, address: string, logger: Logger): void {
  let available = true;
  redis.on('error', (error: Error) => {
    if (!available) return;
    available = false;
    logger.warn(`Redis at ${address} is unavailable (${error.message}); reconnecting`);
  });
  redis.on('ready', () => {
    if (available) return;
    available = true;
    logger.log(`Redis at ${address} is available again`);
  });
}

/** Provides one connected `Redis` for the whole app (inject it by class) and closes it on shutdown. */
@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  constructor(private readonly redis: Redis) {}

  static forRoot(url: string, options: RedisConnectionOptions): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: Redis,
          useFactory: async () => {
            const redis = createRedisConnection(url, options);
            await connectRedis(redis, url);
            reportOutages(redis, serviceAddress(url), new Logger(RedisModule.name));
            return redis;
          },
        },
      ],
      exports: [Redis],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT lets Redis finish what it was sent; while Redis is away there is nothing to finish.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
