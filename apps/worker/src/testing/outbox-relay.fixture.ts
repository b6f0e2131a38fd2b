import { connectRedis, createRedisConnection, type QueueName } from '@berdaya/jobs';
import type { LoggerService } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  OUTBOX_RELAY_DEFAULTS,
  OutboxRelay,
  type OutboxRelayOptions,
} from '../outbox-relay/outbox-relay';
import { LISTENER_APPLICATION_NAME } from '../outbox-relay/outbox-listener';
import { OutboxRepository } from '../outbox-relay/outbox.repository';
import { closeRelayQueues, createRelayQueues } from '../outbox-relay/relay-queues';

/** A BullMQ prefix no other run uses, so a spec never sees or touches anyone else's keys. */
export function uniquePrefix(): string {
  return `berdaya-spec-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** The relay's queues on a connection of their own, as each relay process has. */
export class SpecQueues {
  private constructor(
    readonly connection: Redis,
    readonly queues: Map<QueueName, Queue>,
  ) {}

  static async open(redisUrl: string, prefix: string): Promise<SpecQueues> {
    const connection = createRedisConnection(redisUrl, {
      role: 'client',
      connectionName: 'berdaya-spec-relay',
    });
    await connectRedis(connection, redisUrl);
    return new SpecQueues(connection, createRelayQueues(connection, prefix));
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`no queue '${name}'`);
    return queue;
  }

  /** Every job of every queue, by id. */
  async jobIds(): Promise<string[]> {
    const jobs = await Promise.all([...this.queues.values()].map((queue) => queue.getJobs()));
    return jobs.flat().map((job) => job.id ?? '');
  }

  /**
   * Removes the keys of these queues, when `clean`, then closes them. Queues of one prefix are to
   * be cleaned one after the other: obliterate pauses a queue first, and refuses one that another
   * obliterate just removed, pause included.
   */
  async close({ clean }: { clean: boolean }): Promise<void> {
    try {
      if (clean) {
        for (const queue of this.queues.values()) await queue.obliterate({ force: true });
      }
    } finally {
      await closeRelayQueues(this.queues);
      await this.connection.quit().catch(() => this.connection.disconnect());
    }
  }
}

/** Keeps what the relay logs, for assertions on how often it speaks. */
export class RecordingLogger implements LoggerService {
  readonly lines: { level: 'log' | 'warn' | 'error'; message: string }[] = [];

  log(message: string): void {
    this.lines.push({ level: 'log', message });
  }

  warn(message: string): void {
    this.lines.push({ level: 'warn', message });
  }

  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }

  said(level: 'log' | 'warn' | 'error', fragment: string): number {
    return this.lines.filter((line) => line.level === level && line.message.includes(fragment))
      .length;
  }
}

function databaseUrlOf(dataSource: DataSource): string {
  const { options } = dataSource;
  if (options.type !== 'postgres' || !options.url) throw new Error('a PostgreSQL URL is needed');
  return options.url;
}

/** Starts a relay over the spec's database and queues; stop it when done. */
export async function startRelay(
  dataSource: DataSource,
  queues: SpecQueues,
  options: Partial<OutboxRelayOptions> = {},
  logger: LoggerService = new RecordingLogger(),
): Promise<OutboxRelay> {
  const relay = new OutboxRelay({
    dataSource,
    repository: new OutboxRepository(dataSource),
    queues: queues.queues,
    databaseUrl: databaseUrlOf(dataSource),
    logger,
    options: { ...OUTBOX_RELAY_DEFAULTS, ...options },
  });
  await relay.start();
  return relay;
}

/** How many LISTEN connections of relays are open on the database of `dataSource`. */
export async function listenersOn(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ pid: number }[]>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
    [LISTENER_APPLICATION_NAME],
  );
  return rows.length;
}

/** Resolves once `condition` holds, checking every 10 ms; fails after `timeoutMs`. */
export async function until(
  condition: () => Promise<boolean>,
  timeoutMs = 10_000,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 10));
  }
}
