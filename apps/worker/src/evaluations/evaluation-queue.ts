import {
  connectRedis,
  createRedisConnection,
  type JobOutcome,
  type JobPayloads,
  QUEUE_DEFAULTS,
  queueOf,
} from '@berdaya/jobs';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

// BullMQ types a scheduler's id as a job name: the name stays a plain string.
export type EvaluationRunQueue = Queue<JobPayloads['evaluations.run'], JobOutcome>;

/** The queue the programs' evaluation job schedulers live in, on a connection someone else owns. */
export function openEvaluationQueue(
  connection: Redis,
  prefix: string = QUEUE_DEFAULTS.prefix,
): EvaluationRunQueue {
  return new Queue(queueOf('evaluations.run'), { ...QUEUE_DEFAULTS, prefix, connection });
}

/** Where the schedule handler finds the evaluations queue. */
export abstract class EvaluationQueue {
  abstract open(): Promise<EvaluationRunQueue>;
}

/**
 * The worker's evaluations queue, opened at its first use on a client connection of its own
 * (while Redis is away a schedule job fails at once and is retried), closed at shutdown, after
 * the job workers have finished.
 */
export class RedisEvaluationQueue extends EvaluationQueue implements OnApplicationShutdown {
  private opened: Promise<{ queue: EvaluationRunQueue; connection: Redis }> | undefined;

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string = QUEUE_DEFAULTS.prefix,
  ) {
    super();
  }

  async open(): Promise<EvaluationRunQueue> {
    this.opened ??= this.connect().catch((error: unknown) => {
      // A connection that never came up is not retried by ioredis: the next job opens another.
      this.opened = undefined;
      throw error;
    });
    return (await this.opened).queue;
  }

  private async connect() {
    const connection = createRedisConnection(this.redisUrl, {
      role: 'client',
      connectionName: 'berdaya-evaluation-schedules',
    });
    await connectRedis(connection, this.redisUrl);
    return { queue: openEvaluationQueue(connection, this.prefix), connection };
  }

  async onApplicationShutdown(): Promise<void> {
    const opened = await this.opened?.catch(() => undefined);
    this.opened = undefined;
    if (!opened) return;
    await opened.queue.close();
    await opened.connection.quit().catch(() => opened.connection.disconnect());
  }
}
