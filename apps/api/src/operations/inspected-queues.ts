import { QUEUE_DEFAULTS, QUEUES, type QueueName } from '@berdaya/jobs';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * The job queues, opened by the api only to look at them (metrics, the admins' queue board). The
 * api never adds jobs itself: it writes intents to the outbox, which the worker relays.
 */
@Injectable()
export class InspectedQueues implements OnApplicationShutdown {
  readonly all: ReadonlyMap<QueueName, Queue>;

  constructor(redis: Redis) {
    this.all = new Map(
      QUEUES.map((name) => {
        const queue = new Queue(name, { ...QUEUE_DEFAULTS, connection: redis });
        // The shared connection's errors are RedisModule's to report, once per outage.
        queue.on('error', () => undefined);
        return [name, queue];
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.all.values()].map((queue) => queue.close().catch(() => undefined)));
  }
}
