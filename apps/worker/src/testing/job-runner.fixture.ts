import {
  type CaseEntity,
  type ProgramEntity,
  TransitionRequestEntity,
  UserProgramEntity,
  UserRegionEntity,
} from '@berdaya/db';
import { newCase, newProgram, newRegion, newUser } from '@berdaya/db/testing';
import type { Role } from '@berdaya/empowerment';
import {
  connectRedis,
  createRedisConnection,
  type JobOutcome,
  type QueueName,
} from '@berdaya/jobs';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { EvaluationProgramRepository } from '../evaluations/evaluation-program.repository';
import { type EvaluationRunQueue, openEvaluationQueue } from '../evaluations/evaluation-queue';
import { EvaluationRunHandler } from '../evaluations/evaluation-run.handler';
import { EvaluationScheduleHandler } from '../evaluations/evaluation-schedule.handler';
import { EvaluationSnapshotHandler } from '../evaluations/evaluation-snapshot.handler';
import { EvaluationSchedules } from '../evaluations/evaluation-schedules';
import { jobHandlers } from '../job-runner/job-handlers';
import { closeJobWorkers, createJobWorkers } from '../job-runner/job-workers';
import { ApprovalDecidedHandler } from '../notifications/approval-decided.handler';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import { ApprovalRequestRepository } from '../notifications/approval-request.repository';
import { ApprovalWaitingHandler } from '../notifications/approval-waiting.handler';
import { NotificationWriter } from '../notifications/notification-writer';
import { DigestRepository } from '../mail/digest.repository';
import { LoggingMailer, type Mailer } from '../mail/mailer';
import { NotificationDigestHandler } from '../mail/notification-digest.handler';
import { ApprovalLadderHandler } from '../reminders/approval-ladder.handler';
import { DetectStalledHandler } from '../reminders/detect-stalled.handler';
import { ScheduleVisitReminderHandler } from '../reminders/schedule-visit-reminder.handler';
import { StalledCaseRepository } from '../reminders/stalled-case.repository';
import { VisitCaseRepository } from '../reminders/visit-case.repository';
import { VisitDueHandler } from '../reminders/visit-due.handler';
import { VisitOverdueHandler } from '../reminders/visit-overdue.handler';
import { RecordingLogger, until } from './outbox-relay.fixture';

/** The job workers of one worker process over the spec's database and prefix; close them when done. */
export class SpecJobWorkers {
  private constructor(
    readonly workers: Map<QueueName, Worker>,
    private readonly connection: Redis,
    readonly logger: RecordingLogger,
    /** The queue the evaluation schedules are applied to. */
    readonly evaluationQueue: EvaluationRunQueue,
  ) {}

  /**
   * `clock` is what every handler takes for now; a SettableClock lets a spec move it. `mailer`
   * sends the digests (by default it records them in a logger of its own).
   */
  static async start(
    dataSource: DataSource,
    redisUrl: string,
    prefix: string,
    clock: Clock = new SettableClock(),
    mailer: Mailer = new LoggingMailer(new RecordingLogger()),
  ) {
    const connection = createRedisConnection(redisUrl, {
      role: 'worker',
      connectionName: 'berdaya-spec-job-runner',
    });
    await connectRedis(connection, redisUrl);
    const requests = new ApprovalRequestRepository(dataSource);
    const writer = new NotificationWriter(dataSource);
    const recipients = new ApprovalRecipients(dataSource);
    const cases = new VisitCaseRepository(dataSource);
    const programs = new EvaluationProgramRepository(dataSource);
    const evaluationQueue = openEvaluationQueue(connection, prefix);
    const evaluationSchedules = new EvaluationSchedules(dataSource, programs, {
      open: () => Promise.resolve(evaluationQueue),
    });
    const handlers = jobHandlers(
      new ApprovalWaitingHandler(dataSource, requests, recipients, writer),
      new ApprovalDecidedHandler(requests, writer),
      new ScheduleVisitReminderHandler(dataSource, cases, clock),
      new VisitDueHandler(cases, writer, clock),
      new VisitOverdueHandler(dataSource, cases, recipients, writer, clock),
      new ApprovalLadderHandler(dataSource, requests, recipients, writer, clock),
      new NotificationDigestHandler(dataSource, new DigestRepository(dataSource), mailer, clock),
      new DetectStalledHandler(
        dataSource,
        new StalledCaseRepository(dataSource),
        recipients,
        writer,
        clock,
      ),
      new EvaluationScheduleHandler(evaluationSchedules),
      new EvaluationRunHandler(dataSource, programs, writer, clock),
      new EvaluationSnapshotHandler(dataSource, clock),
    );
    const logger = new RecordingLogger();
    const workers = createJobWorkers(connection, handlers, logger, { concurrency: 4, prefix });
    await Promise.all([...workers.values()].map((worker) => worker.waitUntilReady()));
    return new SpecJobWorkers(workers, connection, logger, evaluationQueue);
  }

  async close(): Promise<void> {
    await closeJobWorkers(this.workers);
    await this.evaluationQueue.close();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

/** A clock that says what the spec sets, the real time until then. */
export class SettableClock extends Clock {
  private at: Date | undefined;

  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }

  set(instant: Date | string | undefined): void {
    this.at = instant === undefined ? undefined : new Date(instant);
  }
}

export interface FinishedJob {
  state: 'completed' | 'failed';
  returnvalue: JobOutcome;
  failedReason: string;
  attemptsMade: number;
}

/** The job once it has completed or failed for good. */
export async function finishedJob(queue: Queue, jobId: string, timeoutMs = 10_000) {
  let finished: FinishedJob | undefined;
  await until(
    async () => {
      // The state first: a job read before it is final would hold no return value yet.
      const state = await queue.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') return false;
      const job = (await queue.getJob(jobId)) as Job<unknown, JobOutcome> | undefined;
      if (job) {
        finished = {
          state,
          returnvalue: job.returnvalue,
          failedReason: job.failedReason,
          attemptsMade: job.attemptsMade,
        };
      }
      return finished !== undefined;
    },
    timeoutMs,
    `job ${jobId} finishing`,
  );
  return finished as FinishedJob;
}

/** A saved user of `role` assigned to `programIds` and to the regions of `regionCodes`. */
export async function newAssignedUser(
  dataSource: DataSource,
  role: Role,
  assignments: { programIds: string[]; regionCodes: string[] },
  overrides: { active?: boolean; fullName?: string } = {},
) {
  const user = await newUser(dataSource, { role, ...overrides });
  await dataSource
    .getRepository(UserProgramEntity)
    .save(assignments.programIds.map((programId) => ({ userId: user.id, programId })));
  for (const code of assignments.regionCodes) {
    const region = await newRegion(dataSource, code);
    await dataSource.getRepository(UserRegionEntity).save({ userId: user.id, regionId: region.id });
  }
  return user;
}

/**
 * A case in village 33.74.01.1001 (district 33.74.01, regency 33.74) and the people around it:
 * who should hear of its approvals and who should not.
 */
export async function approvalScene(dataSource: DataSource) {
  const village = await newRegion(dataSource, '33.74.01.1001', 'Desa Sukamaju');
  const theCase = await newCase(dataSource, { regionId: village.id, groupName: 'KWT Melati' });
  const programIds = [theCase.programId];
  const otherProgram = await newProgram(dataSource, { name: 'Another program' });
  const user = (role: Role, regionCodes: string[], overrides = {}, ids = programIds) =>
    newAssignedUser(dataSource, role, { programIds: ids, regionCodes }, overrides);
  return {
    theCase,
    supervisor: await user('supervisor', ['33.74.01'], { fullName: 'Sri Supervisor' }),
    programManager: await user('programManager', ['33.74'], { fullName: 'Budi Manager' }),
    otherDistrictSupervisor: await user('supervisor', ['33.74.02']),
    otherProgramSupervisor: await user('supervisor', ['33.74.01'], {}, [otherProgram.id]),
    inactiveSupervisor: await user('supervisor', ['33.74.01'], { active: false }),
    facilitatorInScope: await user('facilitator', ['33.74.01']),
    // A supervisor in scope who asked: four eyes, so not among those told.
    requester: await user('supervisor', ['33.74.01.1001'], { fullName: 'Rina Requester' }),
  };
}

/** A saved transition request of the case, pending unless decided in `overrides`. */
export function newTransitionRequest(
  dataSource: DataSource,
  overrides: Partial<TransitionRequestEntity> & { caseId: string; requestedBy: string },
) {
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  return dataSource.getRepository(TransitionRequestEntity).save({
    event: 'NEXT',
    fromStage: 'intake',
    toStage: 'dialogue.preparing',
    caseVersion: 1,
    remindAt: new Date(now + day),
    escalateAt: new Date(now + 2 * day),
    expireAt: new Date(now + 7 * day),
    ...overrides,
  });
}

/** The notifications written, as [user, kind] pairs in a stable order, and their payloads. */
export async function notificationsOf(dataSource: DataSource) {
  return dataSource.query<
    { userId: string; kind: string; payload: Record<string, unknown>; idempotencyKey: string }[]
  >(
    `SELECT user_id AS "userId", kind, payload, idempotency_key AS "idempotencyKey"
       FROM notifications ORDER BY kind, idempotency_key`,
  );
}

/**
 * A case in village 33.74.01.1001 of a program in `program`'s time zone (Jakarta unless given),
 * with its facilitator, a supervisor who sees it and one of another district who does not.
 */
export async function visitScene(
  dataSource: DataSource,
  program: Partial<ProgramEntity> = {},
  overrides: Partial<CaseEntity> = {},
) {
  const village = await newRegion(dataSource, '33.74.01.1001', 'Desa Sukamaju');
  const theProgram = await newProgram(dataSource, program);
  const facilitator = await newUser(dataSource, { fullName: 'Fajar Facilitator' });
  const theCase = await newCase(dataSource, {
    programId: theProgram.id,
    regionId: village.id,
    groupName: 'KWT Melati',
    facilitatorId: facilitator.id,
    ...overrides,
  });
  const assigned = (role: Role, regionCodes: string[]) =>
    newAssignedUser(dataSource, role, { programIds: [theProgram.id], regionCodes });
  return {
    program: theProgram,
    theCase,
    facilitator,
    supervisor: await assigned('supervisor', ['33.74.01']),
    otherDistrictSupervisor: await assigned('supervisor', ['33.74.02']),
    programManager: await assigned('programManager', ['33.74']),
  };
}
