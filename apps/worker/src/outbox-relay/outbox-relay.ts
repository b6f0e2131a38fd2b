import type { QueueName } from '@berdaya/jobs';
import type { LoggerService } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { outboxJobs } from './outbox-job';
import { OutboxListener } from './outbox-listener';
import type { OutboxRepository } from './outbox.repository';
import { type Backoff, retryDelay } from './retry-delay';

export interface OutboxRelayOptions {
  /** Rows claimed, added and marked in one transaction. */
  batchSize: number;
  /** The backstop for notifications lost while the LISTEN connection was down. */
  pollIntervalMs: number;
  /** Between attempts after a batch failed (Redis or PostgreSQL away). */
  retry: Backoff;
  /** Between attempts to reopen a lost LISTEN connection. */
  listenRetry: Backoff;
}

export const OUTBOX_RELAY_DEFAULTS: OutboxRelayOptions = {
  batchSize: 500,
  pollIntervalMs: 1_000,
  retry: { initialMs: 500, maxMs: 10_000 },
  listenRetry: { initialMs: 1_000, maxMs: 30_000 },
};

export interface OutboxRelayDependencies {
  dataSource: DataSource;
  repository: OutboxRepository;
  /** One per name in QUEUES, built with QUEUE_DEFAULTS; the caller owns and closes them. */
  queues: ReadonlyMap<QueueName, Queue>;
  /** For the dedicated LISTEN connection. */
  databaseUrl: string;
  logger: LoggerService;
  options: OutboxRelayOptions;
}

interface Sleep {
  end: () => void;
  /** Whether a notification cuts it short; a retry backoff is not, or every insert would. */
  wakeable: boolean;
}

/**
 * Moves outbox rows into BullMQ. Each batch is one transaction: claim rows, addBulk them with the
 * row id as job id, mark them relayed, commit. Should anything fail after addBulk (the UPDATE, the
 * commit, the process), the rows stay unrelayed and are added again later, which BullMQ ignores
 * for ids it still holds: QUEUE_DEFAULTS keeps even completed jobs for 24 h, far longer than any
 * relay retry takes, so a re-relayed row never runs twice.
 *
 * Woken by NOTIFY on insert, polled as a backstop, and run again at once while batches come back
 * full.
 */
export class OutboxRelay {
  private readonly listener: OutboxListener;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeRequested = false;
  private sleeping: Sleep | undefined;
  private failedAttempts = 0;

  constructor(private readonly deps: OutboxRelayDependencies) {
    this.listener = new OutboxListener(
      deps.databaseUrl,
      () => this.wake(),
      deps.logger,
      deps.options.listenRetry,
    );
  }

  /** Starts relaying once the first attempt to LISTEN is over (a failed one is retried). */
  async start(): Promise<void> {
    await this.listener.start();
    this.running ??= this.run();
  }

  /** Lets the batch in flight finish, then releases the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeping?.end();
    await this.running;
    await this.listener.stop();
  }

  private wake(): void {
    this.wakeRequested = true;
    if (this.sleeping?.wakeable) this.sleeping.end();
  }

  private async run(): Promise<void> {
    const { batchSize, pollIntervalMs, retry } = this.deps.options;
    while (!this.stopping) {
      // Cleared before the claim: a notification from now on is for rows it may not see.
      this.wakeRequested = false;
      const relayed = await this.attempt();
      if (this.stopping) return;
      if (relayed === undefined) await this.sleep(retryDelay(retry, this.failedAttempts), false);
      else if (relayed < batchSize && !this.wakeRequested) await this.sleep(pollIntervalMs, true);
    }
  }

  /** Relays one batch; the number of rows relayed, or undefined when the batch failed. */
  private async attempt(): Promise<number | undefined> {
    try {
      const relayed = await this.relayBatch();
      if (this.failedAttempts > 0) {
        this.deps.logger.log(`Relaying the outbox again after ${this.failedAttempts} failed tries`);
        this.failedAttempts = 0;
      }
      return relayed;
    } catch (error) {
      // Once per outage: the backlog metric tells how long it lasts.
      if (this.failedAttempts === 0) {
        const reason = error instanceof Error ? error.message : String(error);
        this.deps.logger.error(
          `Cannot relay the outbox (${reason}); its rows wait, retrying with backoff`,
        );
      }
      this.failedAttempts += 1;
      return undefined;
    }
  }

  private relayBatch(): Promise<number> {
    const { dataSource, repository, options } = this.deps;
    return dataSource.transaction(async (manager) => {
      const rows = await repository.claimUnrelayed(manager, options.batchSize);
      if (rows.length === 0) return 0;
      const byQueue = outboxJobs(rows, new Date());
      await Promise.all([...byQueue].map(([queue, jobs]) => this.queue(queue).addBulk(jobs)));
      // Only once every job is in Redis; the commit then makes "relayed" true.
      await repository.markRelayed(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    const queue = this.deps.queues.get(name);
    if (!queue) throw new Error(`the relay has no queue '${name}'`);
    return queue;
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        this.sleeping = undefined;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.sleeping = { end, wakeable };
    });
  }
}
