import { type JobIntent, jobIntent, QUEUE_DEFAULTS, QUEUES, writeOutbox } from '@berdaya/jobs';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock/clock';
import { EvaluationProgramRepository } from '../evaluations/evaluation-program.repository';
import { openEvaluationQueue } from '../evaluations/evaluation-queue';
import { EvaluationSchedules } from '../evaluations/evaluation-schedules';
import { upsertJobSchedulers } from '../job-runner/job-schedulers';

/**
 * Outbox rows whose jobs may not have finished when Redis lost its data: due at most this long
 * before the reconcile (a backlog, retries in backoff) or later (delayed jobs). Relayed again;
 * BullMQ ignores an id it still holds and every handler is idempotent, so too many is harmless.
 */
export const RERELAY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Cases given a schedule job, pending requests given jobs, outbox rows relayed again. */
interface DueWork {
  cases: number;
  requests: number;
  rerelayed: number;
}

export type ReconcileOutcome =
  | { reconciled: false; reason: 'marker present' | 'another worker reconciles' }
  | (DueWork & {
      reconciled: true;
      /** Programs whose evaluation scheduler was applied again. */
      programs: number;
    });

interface PendingRequest {
  id: string;
  /** No approvalWaiting row of the request in the window. */
  noWaitingJob: boolean;
  /** No approvalLadder row in the window, nor an approvalWaiting row that would start one. */
  noLadderJob: boolean;
}

/** The Redis key whose absence says Redis lost its data (or never had any) since it was set. */
export function reconcilerMarkerKey(prefix: string): string {
  return `${prefix}:reconciler:epoch`;
}

/**
 * Restores the jobs Redis lost. BullMQ's delayed jobs are the fast path; the truth is in
 * PostgreSQL (cases.next_visit_due, the requests' remind_at/escalate_at/expire_at, the outbox).
 * A marker key in Redis, set once a reconcile committed, is gone exactly when Redis lost its data
 * (a flush, a restart without persistence) or on a first start; then one worker (a PostgreSQL
 * advisory lock) upserts the job schedulers again and writes outbox intents re-creating the due
 * work, which the relay moves into BullMQ. Nothing it writes can double a notification: every
 * handler re-reads and writes notifications under idempotency keys.
 */
export class Reconciler {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      /** A client connection: while Redis is away a reconcile fails at once, and is tried again. */
      redis: Redis;
      clock: Clock;
      prefix?: string;
    },
  ) {}

  private get prefix(): string {
    return this.deps.prefix ?? QUEUE_DEFAULTS.prefix;
  }

  private async markerPresent(): Promise<boolean> {
    return (await this.deps.redis.exists(reconcilerMarkerKey(this.prefix))) === 1;
  }

  async reconcile(): Promise<ReconcileOutcome> {
    if (await this.markerPresent()) return { reconciled: false, reason: 'marker present' };

    // A session lock held across the commit and the marker's SET: a second worker that sees no
    // marker either waits for the next minute or, once the lock is free, finds the marker set.
    const runner = this.deps.dataSource.createQueryRunner();
    await runner.connect();
    const lockKey = `berdaya.reconciler:${this.prefix}`;
    try {
      const [{ locked }] = await runner.manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_lock(hashtext($1)) AS locked`,
        [lockKey],
      );
      if (!locked) return { reconciled: false, reason: 'another worker reconciles' };
      try {
        if (await this.markerPresent()) return { reconciled: false, reason: 'marker present' };
        // A flush loses the schedulers too; the same ids and patterns leave one of each.
        await upsertJobSchedulers(this.deps.redis, this.prefix);
        const programs = await this.reapplyEvaluationSchedules();
        await runner.startTransaction();
        let outcome: ReconcileOutcome;
        try {
          const work = await this.writeDueWork(runner.manager, this.deps.clock.now());
          outcome = { reconciled: true, ...work, programs };
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        // Only after the commit: a marker without the work would hide the loss for good.
        await this.deps.redis.set(
          reconcilerMarkerKey(this.prefix),
          `${randomUUID()} ${this.deps.clock.now().toISOString()}`,
          'NX',
        );
        return outcome;
      } finally {
        await runner.manager.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lockKey]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * The programs' evaluation schedulers, gone with the flush: each program with a schedule gets
   * it applied again as the `evaluations.scheduleProgram` job applies it (re-read under the
   * program's lock, so a change committed meanwhile is not overwritten with an older read).
   */
  private async reapplyEvaluationSchedules(): Promise<number> {
    const { dataSource, redis } = this.deps;
    const queue = openEvaluationQueue(redis, this.prefix);
    try {
      const schedules = new EvaluationSchedules(
        dataSource,
        new EvaluationProgramRepository(dataSource),
        { open: () => Promise.resolve(queue) },
      );
      return await schedules.reapplyAll();
    } finally {
      // The connection is the reconciler's and stays open.
      await queue.close();
    }
  }

  /**
   * Relays again the outbox rows whose jobs Redis may have lost, and writes intents for the due
   * work those rows do not cover (rows due before the window: a worker down for days).
   */
  private async writeDueWork(manager: EntityManager, now: Date): Promise<DueWork> {
    const windowSeconds = RERELAY_WINDOW_MS / 1000;
    // next_visit_due is the truth: a case whose alerts for its current due day are not among the
    // rows relayed again gets its schedule job again (schedule rows themselves are not relayed
    // again: they would plan those alerts a second time).
    const cases = await manager.query<{ id: string; version: number }[]>(
      `SELECT c.id, c.version FROM cases c
        WHERE c.status = 'active' AND c.next_visit_due IS NOT NULL
          AND NOT EXISTS (
                SELECT 1 FROM outbox o
                 WHERE o.job_name = 'reminders.visitOverdue'
                   AND o.available_at > $1::timestamptz - make_interval(secs => $2)
                   AND o.payload->>'caseId' = c.id::text
                   AND o.payload->>'dueOn' = to_char(c.next_visit_due, 'YYYY-MM-DD'))
        ORDER BY c.id`,
      [now, windowSeconds],
    );
    const requests = await manager.query<PendingRequest[]>(
      `WITH recent AS (
         SELECT job_name, payload->>'requestId' AS request_id FROM outbox
          WHERE available_at > $1::timestamptz - make_interval(secs => $2)
            AND job_name IN ('notifications.approvalWaiting', 'reminders.approvalLadder'))
       SELECT r.id,
              NOT EXISTS (SELECT 1 FROM recent
                           WHERE request_id = r.id::text
                             AND job_name = 'notifications.approvalWaiting') AS "noWaitingJob",
              NOT EXISTS (SELECT 1 FROM recent WHERE request_id = r.id::text) AS "noLadderJob"
         FROM transition_requests r
        WHERE r.status = 'pending'
        ORDER BY r.id`,
      [now, windowSeconds],
    );
    const intents: JobIntent[] = [
      ...cases.map((c) =>
        jobIntent('reminders.scheduleVisitReminder', { caseId: c.id, caseVersion: c.version }),
      ),
      ...requests.flatMap((request) => pendingRequestIntents(request, now)),
    ];
    const [, rerelayed] = await manager.query<[unknown, number]>(
      `UPDATE outbox SET relayed_at = NULL
        WHERE relayed_at IS NOT NULL AND queue = ANY($2::text[])
          AND job_name <> 'reminders.scheduleVisitReminder'
          AND available_at > $1::timestamptz - make_interval(secs => $3)`,
      [now, QUEUES, windowSeconds],
    );
    await writeOutbox(manager, intents);
    return {
      cases: cases.length,
      requests: requests.filter((r) => r.noWaitingJob || r.noLadderJob).length,
      rerelayed,
    };
  }
}

/**
 * For a pending request whose jobs the relayed rows do not cover: its waiting notice (a no-op when
 * written; otherwise it writes it and starts the ladder) and a ladder run now, which acts on the
 * furthest step due or, none being due, plans itself at the reminder. That step cannot have been
 * told already: a told step plans the next in its transaction, at an instant that would be a
 * row in the window. A request with a ladder or waiting row in the window gets nothing: that row,
 * relayed again, carries its chain on (so the ladder is not started twice).
 */
export function pendingRequestIntents(request: PendingRequest, now: Date): JobIntent[] {
  const requestId = request.id;
  return [
    ...(request.noWaitingJob ? [jobIntent('notifications.approvalWaiting', { requestId })] : []),
    ...(request.noLadderJob ? [jobIntent('reminders.approvalLadder', { requestId }, now)] : []),
  ];
}
