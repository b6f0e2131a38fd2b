/* eslint-disable @nx/enforce-module-boundaries --
 * The jobs benchmark drives the worker's own relay and job runner in its process (to time them
 * next to bare BullMQ and to see each job complete), built the way the worker's specs build them;
 * nothing built depends on this file. */
import type { JobOutcome } from '@berdaya/jobs';
import type { LoggerService } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SystemClock } from '../../apps/worker/src/clock/clock';
import { JOB_WORKER_DEFAULTS } from '../../apps/worker/src/job-runner/job-workers';
import { SpecJobWorkers } from '../../apps/worker/src/testing/job-runner.fixture';
import {
  SpecQueues,
  startRelay,
  type RecordingLogger,
} from '../../apps/worker/src/testing/outbox-relay.fixture';
import type { OutboxRelay } from '../../apps/worker/src/outbox-relay/outbox-relay';
import { OUTBOX_RELAY_DEFAULTS } from '../../apps/worker/src/outbox-relay/outbox-relay';

export { JOB_WORKER_DEFAULTS, OUTBOX_RELAY_DEFAULTS };

/** Says the relay's warnings and errors (an outage) on stderr; the rest is noise here. */
const relayLogger: LoggerService = {
  log: () => undefined,
  warn: (message: string) => console.error(`relay: ${message}`),
  error: (message: string) => console.error(`relay: ${message}`),
};

/** The outbox relay with OUTBOX_RELAY_DEFAULTS: its own client connection, queues and LISTEN. */
export class InProcessRelay {
  private constructor(
    private readonly relay: OutboxRelay,
    private readonly queues: SpecQueues,
  ) {}

  static async start(
    dataSource: DataSource,
    redisUrl: string,
    prefix: string,
  ): Promise<InProcessRelay> {
    const queues = await SpecQueues.open(redisUrl, prefix);
    return new InProcessRelay(await startRelay(dataSource, queues, {}, relayLogger), queues);
  }

  async stop(): Promise<void> {
    await this.relay.stop();
    await this.queues.close({ clean: false });
  }
}

/**
 * The job runner: every handler over the real repositories, one worker per queue, on the system
 * clock, each running `concurrency` jobs at once. `onCompleted` sees each job as it completes.
 */
export class InProcessJobRunner {
  private constructor(private readonly runner: SpecJobWorkers) {}

  static async start(
    dataSource: DataSource,
    redisUrl: string,
    prefix: string,
    concurrency: number,
    onCompleted: (job: Job, outcome: JobOutcome) => void,
  ): Promise<InProcessJobRunner> {
    const runner = await SpecJobWorkers.start(dataSource, redisUrl, prefix, new SystemClock());
    for (const worker of runner.workers.values()) {
      // The spec workers' own concurrency may differ from the worker's defaults; the bench's rules.
      worker.concurrency = concurrency;
      worker.on('completed', (job, outcome) => onCompleted(job, outcome as JobOutcome));
    }
    return new InProcessJobRunner(runner);
  }

  /** What the workers logged: failed attempts, outages. */
  get logger(): RecordingLogger {
    return this.runner.logger;
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}
