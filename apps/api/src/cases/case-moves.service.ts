import {
  CaseEntity,
  CaseEventEntity,
  ProgramEntity,
  TransitionRequestEntity,
  type CaseEventType,
} from '@berdaya/db';
import { decisionRight, type Decider } from '@berdaya/empowerment';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { PublishedDefinitions } from './published-definitions';
import { planMove, type MoveInput, type MovePlan, type MoveRefusal } from './move-plan';

const DAY_MS = 86_400_000;
// PostgreSQL's unique_violation: here, the one-pending-request-per-case index.
const UNIQUE_VIOLATION = '23505';

export type MoveOutcome =
  { kind: 'requested'; request: TransitionRequestEntity } | { kind: 'moved'; case: CaseEntity };

/**
 * Every change of a case's stage: each is one transaction that replans the move from the stored
 * snapshot, writes the case only if its version is still the one planned from, appends history
 * and records the jobs it causes in the outbox. Whether the actor may see the case is decided
 * before these are called.
 */
@Injectable()
export class CaseMovesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: PublishedDefinitions,
  ) {}

  requestMove(actor: Decider, caseId: string, input: MoveInput & { evidence?: string[] }) {
    return this.dataSource.transaction(async (tx): Promise<MoveOutcome> => {
      const current = await this.caseById(tx, caseId);
      const plan = planMove(await this.definitionOf(current), current, input);
      switch (plan.kind) {
        case 'refuse':
          throw refusalError(plan.refusal);
        case 'apply':
          return {
            kind: 'moved',
            case: await this.apply(tx, current, plan, actor.id, 'moved', input.reason),
          };
        case 'request':
          return {
            kind: 'requested',
            request: await this.recordRequest(tx, current, plan, actor, input),
          };
      }
    });
  }

  approve(actor: Decider, requestId: string, comment?: string) {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pendingRequest(tx, requestId);
      this.assertMayDecide(actor, request);
      const current = await this.caseById(tx, request.caseId);
      const input = {
        event: request.event,
        expectedVersion: current.version,
        checklist: request.checklist,
        ...(request.reason !== null && { reason: request.reason }),
      };
      const plan = planMove(await this.definitionOf(current), current, input, true);
      if (plan.kind !== 'apply') {
        throw new ConflictException({
          message: `the case has changed since the request: ${plan.kind === 'refuse' ? plan.refusal.code : plan.kind}`,
        });
      }
      await this.decide(tx, request, actor, 'approved', comment);
      return this.apply(tx, current, plan, actor.id, 'transitionApproved', request.reason, {
        requestId: request.id,
        requestedBy: request.requestedBy,
        ...(comment && { comment }),
      });
    });
  }

  reject(actor: Decider, requestId: string, reason: string) {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pendingRequest(tx, requestId);
      this.assertMayDecide(actor, request);
      await this.decide(tx, request, actor, 'rejected', reason);
      await this.appendEvent(tx, request, actor.id, 'transitionRejected', reason);
      return request;
    });
  }

  withdraw(actor: Decider, requestId: string) {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pendingRequest(tx, requestId);
      if (request.requestedBy !== actor.id) {
        throw new ForbiddenException({ message: 'only the requester can withdraw a request' });
      }
      await this.decide(tx, request, actor, 'withdrawn');
      await this.appendEvent(tx, request, actor.id, 'requestWithdrawn', null);
      return request;
    });
  }

  private async caseById(tx: EntityManager, caseId: string): Promise<CaseEntity> {
    const found = await tx.findOneBy(CaseEntity, { id: caseId });
    if (!found) throw new NotFoundException({ message: `case ${caseId} not found` });
    return found;
  }

  private definitionOf(c: CaseEntity): Promise<WorkflowDefinition> {
    return this.definitions.get(c.workflowDefinitionId, c.workflowDefinitionVersion);
  }

  /** Locks the request, so concurrent decisions on it queue up and all but the first find it decided. */
  private async pendingRequest(
    tx: EntityManager,
    requestId: string,
  ): Promise<TransitionRequestEntity> {
    const request = await tx.findOne(TransitionRequestEntity, {
      where: { id: requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request)
      throw new NotFoundException({ message: `transition request ${requestId} not found` });
    if (request.status !== 'pending') {
      throw new ConflictException({ message: `the request is already ${request.status}` });
    }
    return request;
  }

  private assertMayDecide(actor: Decider, request: TransitionRequestEntity): void {
    const right = decisionRight(actor, request, true);
    if (!right.allowed) {
      throw new ForbiddenException({
        message:
          right.refusal === 'FOUR_EYES'
            ? 'you cannot decide your own request'
            : 'only a supervisor or program manager can decide a request',
        refusal: right.refusal,
      });
    }
  }

  private async recordRequest(
    tx: EntityManager,
    current: CaseEntity,
    plan: Extract<MovePlan, { kind: 'request' }>,
    actor: Decider,
    input: MoveInput & { evidence?: string[] },
  ): Promise<TransitionRequestEntity> {
    const program = await tx.findOneByOrFail(ProgramEntity, { id: current.programId });
    const now = Date.now();
    const after = (days: number) => new Date(now + days * DAY_MS);
    const request = tx.create(TransitionRequestEntity, {
      caseId: current.id,
      event: plan.move.event,
      fromStage: plan.from,
      toStage: plan.to,
      requestedBy: actor.id,
      reason: input.reason ?? null,
      checklist: [...(input.checklist ?? [])],
      evidence: input.evidence ?? [],
      caseVersion: current.version,
      remindAt: after(program.approvalReminderDays),
      escalateAt: after(program.approvalEscalationDays),
      expireAt: after(program.approvalExpiryDays),
    });
    try {
      await tx.insert(TransitionRequestEntity, request);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new ConflictException({
          message: 'the case already has a pending transition request',
        });
      }
      throw error;
    }
    const saved = await tx.findOneByOrFail(TransitionRequestEntity, {
      caseId: current.id,
      status: 'pending',
    });
    await this.appendEvent(tx, saved, actor.id, 'transitionRequested', saved.reason);
    await writeOutbox(tx, [jobIntent('notifications.approvalWaiting', { requestId: saved.id })]);
    return saved;
  }

  private async decide(
    tx: EntityManager,
    request: TransitionRequestEntity,
    actor: Decider,
    status: 'approved' | 'rejected' | 'withdrawn',
    comment?: string,
  ): Promise<void> {
    Object.assign(request, {
      status,
      decidedBy: actor.id,
      decidedAt: new Date(),
      decisionComment: comment ?? null,
    });
    await tx.update(
      TransitionRequestEntity,
      { id: request.id },
      {
        status: request.status,
        decidedBy: request.decidedBy,
        decidedAt: request.decidedAt,
        decisionComment: request.decisionComment,
      },
    );
    // The requester withdrew it themselves: there is nobody to tell.
    if (status !== 'withdrawn') {
      await writeOutbox(tx, [
        jobIntent('notifications.approvalDecided', { requestId: request.id }),
      ]);
    }
  }

  /**
   * Writes the planned move. The version guard is in the UPDATE itself, because TypeORM's version
   * column only checks after the fact: a case moved by someone else in between changes no row here.
   */
  private async apply(
    tx: EntityManager,
    current: CaseEntity,
    plan: Extract<MovePlan, { kind: 'apply' }>,
    actorId: string,
    type: CaseEventType,
    reason: string | null | undefined,
    payload: Record<string, string> = {},
  ): Promise<CaseEntity> {
    const result = await tx
      .createQueryBuilder()
      .update(CaseEntity)
      .set({
        snapshot: plan.snapshot,
        stage: plan.to,
        status: plan.status,
        stageEnteredAt: () => 'now()',
        closedAt: plan.status === 'closed' || plan.status === 'withdrawn' ? () => 'now()' : null,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (result.affected !== 1) {
      throw new ConflictException({
        message: 'the case was changed by someone else; reload it and try again',
      });
    }
    await tx.insert(CaseEventEntity, {
      caseId: current.id,
      type,
      actorId,
      fromStage: plan.from,
      toStage: plan.to,
      event: plan.move.event,
      reason: reason ?? null,
      payload,
    });
    await writeOutbox(tx, [
      jobIntent('reminders.scheduleVisitReminder', {
        caseId: current.id,
        caseVersion: current.version + 1,
      }),
    ]);
    return tx.findOneByOrFail(CaseEntity, { id: current.id });
  }

  private appendEvent(
    tx: EntityManager,
    request: TransitionRequestEntity,
    actorId: string,
    type: CaseEventType,
    reason: string | null,
  ) {
    return tx.insert(CaseEventEntity, {
      caseId: request.caseId,
      type,
      actorId,
      fromStage: request.fromStage,
      toStage: request.toStage,
      event: request.event,
      reason,
      payload: { requestId: request.id },
    });
  }
}

/** The HTTP answer to a refused move: 409 for what the stage or a newer version forbids, 422 for what the request lacks. */
function refusalError(refusal: MoveRefusal) {
  switch (refusal.code) {
    case 'STALE_VERSION':
      return new ConflictException({
        message: `the case is at version ${refusal.currentVersion}; reload it and try again`,
        code: refusal.code,
        currentVersion: refusal.currentVersion,
      });
    case 'NOT_ALLOWED':
    case 'FINAL_STAGE':
      return new ConflictException({
        message:
          refusal.code === 'FINAL_STAGE'
            ? 'the case is in a final stage'
            : 'that move is not allowed now',
        code: refusal.code,
        allowedEvents: refusal.allowedEvents,
      });
    case 'CHECKLIST_INCOMPLETE':
      return new UnprocessableEntityException({
        message: `exit checklist incomplete: ${refusal.missing.join(', ')}`,
        code: refusal.code,
        fields: refusal.missing.map((item) => ({
          field: `checklist.${item}`,
          message: 'must be ticked',
        })),
        allowedEvents: refusal.allowedEvents,
      });
    case 'REASON_REQUIRED':
      return new UnprocessableEntityException({
        message: 'this move needs a reason',
        code: refusal.code,
        fields: [{ field: 'reason', message: 'is required for this move' }],
        allowedEvents: refusal.allowedEvents,
      });
    case 'CORRUPT_CASE':
      return new ConflictException({
        message: 'the case cannot be moved: its stored stage does not fit its workflow',
        code: refusal.code,
      });
  }
}
