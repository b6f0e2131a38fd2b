/**
 * The job pipeline under load, next to bare BullMQ in the same process:
 *   1. bare BullMQ: addBulk of N no-op jobs (in the relay's batch size) while one Worker with a
 *      no-op processor, at the job runner's concurrency, runs them;
 *   2. the pipeline: N `reminders.visitDue` intents written to the outbox (writeOutbox, 1,000 per
 *      transaction, as fast as PostgreSQL takes them) while the worker's relay and job runner, the
 *      production classes in this process, move them to BullMQ and write one notification each;
 *   3. a steady stream of N/10 delayed reminders (due 3 s after they are written) at half the rate
 *      measured in 2: the relay lag (outbox row created → job in BullMQ) and the lateness of
 *      delayed jobs (job started → the row's available_at);
 *   4. Redis memory: N intents relayed with no job runner, used_memory before and after.
 * It also reads the CPU time each job costs this process, the PostgreSQL backends of its database
 * and Redis. It seeds its own database (dropped at the end) and runs its own redis-server on a free
 * port (stopped at the end). BENCH_JOBS_REMINDERS sets N (100,000 by default). The last line is JSON.
 */
import { prepareDatabase } from '@berdaya/db';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { calendarDayIn } from '@berdaya/empowerment';
import {
  connectRedis,
  createRedisConnection,
  jobIntent,
  QUEUE_DEFAULTS,
  writeOutbox,
  type JobOutcome,
} from '@berdaya/jobs';
import { start } from '@berdaya/workflow';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { ThrowawayRedis } from '../support/throwaway-redis';
import {
  BENCH_APPROACH,
  BENCH_DEFINITION as def,
  BENCH_INTAKE,
  publishBenchDefinition,
} from './bench-seed';
import {
  InProcessJobRunner,
  InProcessRelay,
  JOB_WORKER_DEFAULTS,
  OUTBOX_RELAY_DEFAULTS,
} from './in-process-worker';

const REMINDERS = positiveInteger('BENCH_JOBS_REMINDERS', 100_000);
/** Jobs each worker runs at once, in the pipeline and the bare run alike; the worker's by default. */
const CONCURRENCY = positiveInteger('BENCH_JOBS_CONCURRENCY', JOB_WORKER_DEFAULTS.concurrency);
const DELAYED = Math.max(100, Math.round(REMINDERS / 10));
/** How far ahead of its writing a delayed reminder is due. */
const DELAY_MS = 3_000;
/** The steady stream's rate, as a share of the end-to-end rate measured in the burst. */
const STEADY_LOAD = 0.5;
const STEADY_TICK_MS = 100;
/** Intents per producer transaction in the burst: many requests' worth, committed one by one. */
const WRITE_CHUNK = 1_000;
const FACILITATORS = 200;
const VILLAGES = 50;
const PREFIX = 'bench-jobs';
const BARE_PREFIX = 'bench-bare';
/** A phase that completes no job for this long has stalled (failing jobs, a lost wake-up). */
const STALL_MS = 60_000;
const TARGETS = { ratio: 0.15, relayLagP99Ms: 1_000, delayedLatenessP99Ms: 1_000 };

function positiveInteger(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${variable} must be a whole number above 0, got '${value}'`);
  }
  return parsed;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const count = (n: number) => n.toLocaleString('en');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** One program in Jakarta, a district of villages, its facilitators and `cases` active cases. */
async function seed(dataSource: DataSource, cases: number, dueOn: string): Promise<string[]> {
  const intake = BENCH_INTAKE;
  const { approach, reason } = BENCH_APPROACH;
  await publishBenchDefinition(dataSource);
  await dataSource.query(`
    INSERT INTO regions (code, path, name, level)
    VALUES ('33', '33', 'Jawa Tengah', 'province'), ('33.74', '33.74', 'Kota Semarang', 'regency'),
           ('33.74.01', '33.74.01', 'Semarang Tengah', 'district')`);
  await dataSource.query(`
    UPDATE regions r SET parent_id = p.id FROM regions p
     WHERE (r.code, p.code) IN (('33.74', '33'), ('33.74.01', '33.74'))`);
  await dataSource.query(
    `INSERT INTO regions (code, path, name, level, parent_id)
     SELECT '33.74.01.' || (1000 + v), '33.74.01.' || (1000 + v), 'Desa ' || v, 'village', d.id
       FROM regions d, generate_series(1, $1::int) v WHERE d.code = '33.74.01'`,
    [VILLAGES],
  );
  const [program] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO programs (name, workflow_definition_id, workflow_definition_version)
     VALUES ('Bench', $1, $2) RETURNING id`,
    [def.id, def.version],
  );
  await dataSource.query(
    `INSERT INTO users (email, password_hash, full_name, role)
     SELECT 'facilitator-' || g || '@bench.test', 'not-a-real-hash', 'Facilitator ' || g, 'facilitator'
       FROM generate_series(1, $1::int) g`,
    [FACILITATORS],
  );
  await dataSource.query(
    `INSERT INTO user_programs (user_id, program_id) SELECT id, $1 FROM users`,
    [program.id],
  );
  await dataSource.query(
    `INSERT INTO user_regions (user_id, region_id)
     SELECT u.id, d.id FROM users u, regions d WHERE d.code = '33.74.01'`,
  );
  await dataSource.query(
    `INSERT INTO cases (program_id, region_id, facilitator_id, group_name, group_type, approach,
       recommended_approach, approach_reason, intake, workflow_definition_id,
       workflow_definition_version, snapshot, stage, stage_entered_at, started_on, next_visit_due)
     SELECT $1, v.ids[1 + g % array_length(v.ids, 1)], f.ids[1 + g % array_length(f.ids, 1)],
            'Kelompok ' || g, 'farmers', $2, $2, $3, $4, $5, $6, $7, 'intake', now(), current_date, $8
       FROM generate_series(1, $9::int) g,
            (SELECT array_agg(id ORDER BY code) ids FROM regions WHERE level = 'village') v,
            (SELECT array_agg(id ORDER BY email) ids FROM users) f`,
    [program.id, approach, reason, intake, def.id, def.version, start(def), dueOn, cases],
  );
  // What autovacuum does to tables in steady use, done at once after the bulk load.
  await dataSource.query('VACUUM ANALYZE');
  const rows = await dataSource.query<{ id: string }[]>(`SELECT id FROM cases ORDER BY id`);
  return rows.map((row) => row.id);
}

/** Writes a visitDue intent per case through writeOutbox, `WRITE_CHUNK` per transaction. */
async function writeReminders(
  dataSource: DataSource,
  caseIds: readonly string[],
  dueOn: string,
  availableAt?: Date,
): Promise<void> {
  for (let from = 0; from < caseIds.length; from += WRITE_CHUNK) {
    const intents = caseIds
      .slice(from, from + WRITE_CHUNK)
      .map((caseId) => jobIntent('reminders.visitDue', { caseId, dueOn }, availableAt));
    await dataSource.transaction((manager) => writeOutbox(manager, intents));
  }
}

async function lastOutboxId(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ id: string | null }[]>(`SELECT max(id) AS id FROM outbox`);
  return Number(row.id ?? 0);
}

/** created_at and available_at, in epoch ms, of the outbox rows after `afterId`, by job id. */
async function outboxTimes(dataSource: DataSource, afterId: number) {
  const rows = await dataSource.query<{ id: string; createdMs: string; availableMs: string }[]>(
    `SELECT id, extract(epoch FROM created_at) * 1000 AS "createdMs",
            extract(epoch FROM available_at) * 1000 AS "availableMs"
       FROM outbox WHERE id > $1`,
    [afterId],
  );
  return new Map(
    rows.map((row) => [
      `outbox-${row.id}`,
      { createdMs: Number(row.createdMs), availableMs: Number(row.availableMs) },
    ]),
  );
}

async function notificationCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM notifications`,
  );
  return row.n;
}

interface Completed {
  id: string;
  timestamp: number;
  processedOn: number;
  finishedOn: number;
}

/**
 * Resolves with every job seen once `expected` have completed; rejects when none completes for
 * STALL_MS. `listen` hands the callback to whatever reports completions.
 */
function completions(
  expected: number,
  what: string,
  listen: (onCompleted: ((job: Job, outcome: JobOutcome) => void) | undefined) => void,
): Promise<{ jobs: Completed[]; skipped: Map<string, number> }> {
  const jobs: Completed[] = [];
  const skipped = new Map<string, number>();
  let lastAt = performance.now();
  return new Promise((resolve, reject) => {
    const stall = setInterval(() => {
      if (performance.now() - lastAt < STALL_MS) return;
      clearInterval(stall);
      listen(undefined);
      reject(new Error(`${what}: ${jobs.length} of ${expected} jobs completed, then none`));
    }, 1_000);
    listen((job, outcome) => {
      lastAt = performance.now();
      jobs.push({
        id: job.id ?? '',
        timestamp: job.timestamp,
        processedOn: job.processedOn ?? Number.NaN,
        finishedOn: job.finishedOn ?? Date.now(),
      });
      if (outcome.outcome === 'skipped') {
        skipped.set(outcome.reason, (skipped.get(outcome.reason) ?? 0) + 1);
      }
      if (jobs.length === expected) {
        clearInterval(stall);
        listen(undefined);
        resolve({ jobs, skipped });
      }
    });
  });
}

/** CPU time so far of this process, of the PostgreSQL backends of the bench's database, of Redis. */
interface CpuReading {
  nodeMs: number;
  postgresMs: Map<number, number>;
  redisMs: number;
}

// /proc/<pid>/stat counts in clock ticks: 100 a second on Linux for x86 and arm.
const TICK_MS = 10;
const CORES = availableParallelism();

function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined; // gone meanwhile
  }
}

async function cpuNow(dataSource: DataSource, redis: Redis): Promise<CpuReading> {
  const backends = await dataSource.query<{ pid: number }[]>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  );
  const postgresMs = new Map<number, number>();
  for (const { pid } of backends) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) postgresMs.set(pid, ms);
  }
  const info = await redis.info('cpu');
  const seconds = (field: string) => Number(new RegExp(`${field}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  const { user, system } = process.cpuUsage();
  return {
    nodeMs: (user + system) / 1000,
    postgresMs,
    redisMs: (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000,
  };
}

/** CPU milliseconds per job between two readings (a backend gone by then is lost). */
function cpuPerJob(before: CpuReading, after: CpuReading, jobs: number) {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMs) postgresMs += ms - (before.postgresMs.get(pid) ?? 0);
  const perJob = (ms: number) => round(ms / Math.max(jobs, 1), 3);
  return {
    node: perJob(after.nodeMs - before.nodeMs),
    postgres: perJob(postgresMs),
    redis: perJob(after.redisMs - before.redisMs),
  };
}

const cpuLine = (cpu: { node: number; postgres: number; redis: number }) => {
  const total = cpu.node + cpu.postgres + cpu.redis;
  return `this process ${cpu.node} ms, PostgreSQL ${cpu.postgres} ms, Redis ${cpu.redis} ms (${CORES} cores: ${count(Math.round((CORES * 1000) / total))} jobs/s at most)`;
};

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

/** 1. Bare BullMQ: the same number of jobs, added in the relay's batches, run by a no-op worker. */
async function bareRun(
  redisUrl: string,
  caseIds: readonly string[],
  dueOn: string,
  cpu: () => Promise<CpuReading>,
) {
  const producer = createRedisConnection(redisUrl, {
    role: 'client',
    connectionName: 'bench-bare-queue',
  });
  const consumer = createRedisConnection(redisUrl, {
    role: 'worker',
    connectionName: 'bench-bare-worker',
  });
  await connectRedis(producer, redisUrl);
  await connectRedis(consumer, redisUrl);
  const queue = new Queue('reminders', {
    ...QUEUE_DEFAULTS,
    prefix: BARE_PREFIX,
    connection: producer,
  });
  const worker = new Worker('reminders', () => Promise.resolve({ outcome: 'done' }), {
    prefix: BARE_PREFIX,
    connection: consumer,
    concurrency: CONCURRENCY,
  });
  try {
    await worker.waitUntilReady();
    let onCompleted: ((job: Job, outcome: JobOutcome) => void) | undefined;
    worker.on('completed', (job, outcome) => onCompleted?.(job, outcome as JobOutcome));
    const done = completions(caseIds.length, 'bare BullMQ', (listener) => {
      onCompleted = listener;
    });
    const cpuBefore = await cpu();
    const begin = performance.now();
    for (let from = 0; from < caseIds.length; from += OUTBOX_RELAY_DEFAULTS.batchSize) {
      await queue.addBulk(
        caseIds.slice(from, from + OUTBOX_RELAY_DEFAULTS.batchSize).map((caseId, i) => ({
          name: 'reminders.visitDue',
          data: { caseId, dueOn },
          opts: { jobId: `bare-${from + i}`, delay: 0 },
        })),
      );
    }
    await done;
    const seconds = (performance.now() - begin) / 1000;
    return {
      perSecond: caseIds.length / seconds,
      seconds,
      cpu: cpuPerJob(cpuBefore, await cpu(), caseIds.length),
    };
  } finally {
    await worker.close();
    await queue.close();
    await Promise.all([producer.quit(), consumer.quit()]);
  }
}

async function main(): Promise<void> {
  const databaseUrl = freshDatabaseUrl();
  let redis: ThrowawayRedis | undefined;
  let client: Redis | undefined;
  let dataSource: DataSource | undefined;
  let relay: InProcessRelay | undefined;
  let runner: InProcessJobRunner | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await runner?.close().catch(() => undefined);
      await relay?.stop().catch(() => undefined);
      client?.disconnect();
      await dataSource?.destroy().catch(() => undefined);
      await dropDatabase(databaseUrl).catch((error: unknown) => console.error(error));
      await redis?.kill();
    })());
  // An interrupted run leaves neither its database nor its redis-server behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  const loadAtStart = loadavg()[0];
  try {
    redis = await ThrowawayRedis.start();
    client = createRedisConnection(redis.url, { role: 'client', connectionName: 'bench-probe' });
    await connectRedis(client, redis.url);
    dataSource = await prepareDatabase({ databaseUrl });
    dataSource.setOptions({ logging: ['error'] });
    const db = dataSource;
    const probe = client;
    const cpu = () => cpuNow(db, probe);

    // Two days ahead in the program's zone: a coming visit, reminded of (not yet overdue).
    const dueOn = calendarDayIn('Asia/Jakarta', new Date(Date.now() + 2 * 86_400_000));
    let t = performance.now();
    const caseIds = await seed(db, REMINDERS + DELAYED, dueOn);
    const burstCases = caseIds.slice(0, REMINDERS);
    const steadyCases = caseIds.slice(REMINDERS);
    console.log(
      `seeded ${count(caseIds.length)} cases of ${FACILITATORS} facilitators in ${round((performance.now() - t) / 1000)} s`,
    );

    // 1. Bare BullMQ.
    const bare = await bareRun(redis.url, burstCases, dueOn, cpu);
    await probe.flushall();

    // 2. The pipeline, from the first outbox row written to the last notification.
    let onCompleted: ((job: Job, outcome: JobOutcome) => void) | undefined;
    runner = await InProcessJobRunner.start(db, redis.url, PREFIX, CONCURRENCY, (job, outcome) =>
      onCompleted?.(job, outcome),
    );
    relay = await InProcessRelay.start(db, redis.url, PREFIX);
    const listen = (listener: typeof onCompleted) => {
      onCompleted = listener;
    };
    let afterId = await lastOutboxId(db);
    const burstDone = completions(REMINDERS, 'the pipeline', listen);
    const cpuBefore = await cpu();
    const beginMs = Date.now();
    t = performance.now();
    await writeReminders(db, burstCases, dueOn);
    const writtenSeconds = (performance.now() - t) / 1000;
    const burst = await burstDone;
    const burstSeconds = (performance.now() - t) / 1000;
    const burstCpu = cpuPerJob(cpuBefore, await cpu(), REMINDERS);
    const jobsPerSec = REMINDERS / burstSeconds;
    const burstTimes = await outboxTimes(db, afterId);
    const burstLags = burst.jobs
      .map((job) => job.timestamp - (burstTimes.get(job.id)?.createdMs ?? Number.NaN))
      .sort((a, b) => a - b);
    const relayedSeconds =
      (burst.jobs.reduce((last, job) => Math.max(last, job.timestamp), 0) - beginMs) / 1000;
    const burstNotifications = await notificationCount(db);

    // 3. A steady stream of delayed reminders at half that rate.
    const steadyRate = Math.max(1, jobsPerSec * STEADY_LOAD);
    afterId = await lastOutboxId(db);
    const steadyDone = completions(DELAYED, 'the delayed reminders', listen);
    t = performance.now();
    for (let written = 0; written < DELAYED;) {
      const due = Math.min(DELAYED, Math.ceil(((performance.now() - t) / 1000) * steadyRate));
      if (due > written) {
        const availableAt = new Date(Date.now() + DELAY_MS);
        const intents = steadyCases
          .slice(written, due)
          .map((caseId) => jobIntent('reminders.visitDue', { caseId, dueOn }, availableAt));
        await db.transaction((manager) => writeOutbox(manager, intents));
        written = due;
      }
      await sleep(STEADY_TICK_MS);
    }
    const steady = await steadyDone;
    const steadyTimes = await outboxTimes(db, afterId);
    const steadyLags: number[] = [];
    const lateness: number[] = [];
    for (const job of steady.jobs) {
      const row = steadyTimes.get(job.id);
      if (!row) throw new Error(`job ${job.id} has no outbox row`);
      steadyLags.push(job.timestamp - row.createdMs);
      lateness.push(job.processedOn - row.availableMs);
    }
    steadyLags.sort((a, b) => a - b);
    lateness.sort((a, b) => a - b);
    const steadyNotifications = (await notificationCount(db)) - burstNotifications;
    const workerComplaints = runner.logger.lines.filter((line) => line.level !== 'log');
    for (const line of workerComplaints.slice(0, 5)) console.error(`worker: ${line.message}`);
    await runner.close();
    runner = undefined;
    await relay.stop();
    relay = undefined;

    // 4. Redis memory with every reminder waiting: relayed with no job runner.
    await probe.flushall();
    const memoryBefore = await usedMemory(probe);
    await writeReminders(db, burstCases, dueOn);
    t = performance.now();
    relay = await InProcessRelay.start(db, redis.url, PREFIX);
    for (;;) {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
      );
      if (n === 0) break;
      await sleep(50);
    }
    const relayAloneSeconds = (performance.now() - t) / 1000;
    await relay.stop();
    relay = undefined;
    const waiting = await probe.llen(`${PREFIX}:reminders:wait`);
    const memoryGrowth = (await usedMemory(probe)) - memoryBefore;

    const figures = {
      bench: 'jobs',
      reminders: REMINDERS,
      jobsPerSec: round(jobsPerSec),
      bareJobsPerSec: round(bare.perSecond),
      ratio: round(jobsPerSec / bare.perSecond, 3),
      relayLagP99Ms: round(percentile(steadyLags, 99)),
      delayedLatenessP99Ms: round(percentile(lateness, 99)),
      redisBytesPerReminder: Math.round(memoryGrowth / Math.max(waiting, 1)),
      targets: TARGETS,
      concurrency: CONCURRENCY,
      relayBatchSize: OUTBOX_RELAY_DEFAULTS.batchSize,
      burstRelayLagP99Ms: round(percentile(burstLags, 99)),
      relayedAfterSec: round(relayedSeconds, 2),
      relayAloneRowsPerSec: round(REMINDERS / relayAloneSeconds),
      steady: {
        reminders: DELAYED,
        perSec: round(steadyRate),
        relayLagP50Ms: round(percentile(steadyLags, 50)),
        latenessP50Ms: round(percentile(lateness, 50)),
        latenessMaxMs: round(lateness[lateness.length - 1] ?? 0),
      },
      cpuMsPerJob: { pipeline: burstCpu, bare: bare.cpu },
      notifications: burstNotifications + steadyNotifications,
      workerWarnings: workerComplaints.length,
      // Anything else on the machine shares its cores with the figures above.
      loadAverage: { start: round(loadAtStart, 2), end: round(loadavg()[0], 2) },
    };
    const skippedLine = [...burst.skipped, ...steady.skipped]
      .map(([reason, n]) => `${n} skipped (${reason})`)
      .join(', ');
    console.log(
      `bare BullMQ        ${count(figures.bareJobsPerSec)} jobs/s: addBulk of ${count(REMINDERS)} no-op jobs in batches of ${OUTBOX_RELAY_DEFAULTS.batchSize}, one worker at concurrency ${CONCURRENCY}, ${round(bare.seconds)} s`,
    );
    console.log(
      `pipeline           ${count(figures.jobsPerSec)} jobs/s end to end: ${count(REMINDERS)} reminders outbox → relay → BullMQ → visitDue → notification in ${round(burstSeconds)} s (written by ${round(writtenSeconds)} s, all relayed by ${figures.relayedAfterSec} s)`,
    );
    console.log(
      `ratio              ${figures.ratio} (target ≥ ${TARGETS.ratio}: ${verdict(figures.ratio >= TARGETS.ratio)})`,
    );
    console.log(
      `relay lag          p99 ${figures.relayLagP99Ms} ms, p50 ${figures.steady.relayLagP50Ms} ms, row created → job in BullMQ, ${count(DELAYED)} reminders written steadily at ${count(figures.steady.perSec)}/s (target ≤ ${TARGETS.relayLagP99Ms} ms: ${verdict(figures.relayLagP99Ms <= TARGETS.relayLagP99Ms)}); in the burst above p99 ${count(figures.burstRelayLagP99Ms)} ms, the backlog's drain`,
    );
    console.log(
      `delayed lateness   p99 ${figures.delayedLatenessP99Ms} ms, p50 ${figures.steady.latenessP50Ms} ms, max ${figures.steady.latenessMaxMs} ms, job started − available_at, due ${DELAY_MS / 1000} s after writing (target ≤ ${TARGETS.delayedLatenessP99Ms} ms: ${verdict(figures.delayedLatenessP99Ms <= TARGETS.delayedLatenessP99Ms)})`,
    );
    console.log(
      `Redis memory       ${count(figures.redisBytesPerReminder)} bytes per queued reminder: used_memory +${round(memoryGrowth / 1048576)} MiB with ${count(waiting)} waiting (the relay alone moved ${count(figures.relayAloneRowsPerSec)} rows/s)`,
    );
    console.log(`CPU per job        pipeline: ${cpuLine(burstCpu)}`);
    console.log(`                   bare:     ${cpuLine(bare.cpu)}`);
    console.log(
      `notifications      ${count(figures.notifications)} written for ${count(REMINDERS + DELAYED)} reminders${skippedLine ? `; ${skippedLine}` : ''}`,
    );
    console.log(
      `machine load       1-minute average ${figures.loadAverage.start} at the start, ${figures.loadAverage.end} at the end (${CORES} cores)`,
    );
    if (figures.notifications !== REMINDERS + DELAYED || waiting !== REMINDERS) {
      throw new Error(
        `expected ${REMINDERS + DELAYED} notifications and ${REMINDERS} waiting jobs, found ${figures.notifications} and ${waiting}`,
      );
    }
    console.log(JSON.stringify(figures));
  } finally {
    await cleanUp();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
