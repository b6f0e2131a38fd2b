import { readOutboxBacklog } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { InspectedQueues } from './inspected-queues';

const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
/** How many of a queue's most recently completed jobs the duration quantiles are taken over. */
const RECENT_JOBS = 100;
const QUANTILES = [0.5, 0.95, 0.99];

/**
 * What /api/metrics shows Prometheus. HTTP latencies are observed as requests end; queue depths,
 * job durations and the outbox backlog are read when scraped, so every api replica reports the
 * same shared state and nothing is counted twice across restarts.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(queues: InspectedQueues, dataSource: DataSource) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'berdaya_api_' });
    this.httpDuration = new Histogram({
      name: 'berdaya_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern (not path: ids would explode it)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    const redisUp = new Gauge({
      name: 'berdaya_queues_reachable',
      help: '1 when the queues could be read at this scrape, 0 when Redis did not answer',
      registers,
    });
    new Gauge({
      name: 'berdaya_queue_jobs',
      help: 'Jobs in each queue, by state',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        try {
          for (const [name, queue] of queues.all) {
            const counts = await queue.getJobCounts(...JOB_STATES);
            for (const state of JOB_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
          }
          redisUp.set(1);
        } catch {
          redisUp.set(0);
        }
      },
    });
    new Gauge({
      name: 'berdaya_job_duration_seconds',
      help: `Processing time of each queue's ${RECENT_JOBS} most recently completed jobs, by quantile`,
      labelNames: ['queue', 'quantile'],
      registers,
      async collect() {
        this.reset();
        for (const [name, queue] of queues.all) {
          const jobs = await queue.getJobs(['completed'], 0, RECENT_JOBS - 1).catch(() => []);
          const seconds = jobs
            .filter((job) => job.processedOn !== undefined && job.finishedOn !== undefined)
            .map((job) => (job.finishedOn! - job.processedOn!) / 1000)
            .sort((a, b) => a - b);
          if (seconds.length === 0) continue;
          for (const q of QUANTILES) {
            const at = Math.min(seconds.length - 1, Math.floor(q * seconds.length));
            this.set({ queue: name, quantile: String(q) }, seconds[at]);
          }
        }
      },
    });
    new Gauge({
      name: 'berdaya_outbox_backlog_rows',
      help: 'Job intents written by the api and not yet relayed into the queues',
      registers,
      async collect() {
        this.set((await readOutboxBacklog(dataSource)).rows);
      },
    });
    new Gauge({
      name: 'berdaya_outbox_backlog_oldest_age_seconds',
      help: 'Age of the oldest intent not yet relayed: grows when jobs stop reaching the queues',
      registers,
      async collect() {
        this.set((await readOutboxBacklog(dataSource)).oldestAgeSeconds);
      },
    });
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }
}
