import type { CaseEntity, TransitionRequestEntity } from '@berdaya/db';
import { canWrite, decisionRight, firstVisitDueOnEntering } from '@berdaya/empowerment';
import { jobIntent } from '@berdaya/jobs';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../common/clock/clock';
import { toCaseRecord, type CaseRecord } from './case-record';
import { CaseMovesRepository, type CaseToPlan, type ProgramClock } from './case-moves.repository';
import type { CaseActor } from './cases.service';
import { planMove, type MoveInput, type MovePlan, type MoveRefusal } from './move-plan';
import { PublishedDefinitions } from './published-definitions';

export type MoveRequestInput = MoveInput & { evidence?: string[] };

export type MoveOutcome =
  { kind: 'requested'; request: TransitionRequestEntity } | { kind: 'moved'; case: CaseRecord };

const caseNotFound = (id: string) => new NotFoundException({ message: `case ${id} not found` });
const requestNotFound = (id: string) =>
  new NotFoundException({ message: `transition request ${id} not found` });

/**
 * Every change of a case's stage. Each plans the move with the engine from the stored snapshot,
 * then writes it in one statement that changes nothing if the case has moved on meanwhile. A case
 * or request out of the actor's scope answers 404, like one that does not exist.
 */
@Injectable()
export class CaseMovesService {
  constructor(
    private readonly repository: CaseMovesRepository,
    private readonly definitions: PublishedDefinitions,
    private readonly clock: Clock,
  ) {}

  async requestMove(
    actor: CaseActor,
    caseId: string,
    input: MoveRequestInput,
  ): Promise<MoveOutcome> {
    const found = await this.repository.findCase(actor, caseId);
    if (!found) throw caseNotFound(caseId);
    const current = found.case;
    const plan = planMove(await this.definitionOf(current), current, input);
    switch (plan.kind) {
      case 'refuse':
        throw refusalError(plan.refusal);
      case 'apply':
        return {
          kind: 'moved',
          case: await this.apply(actor, current, found.program, plan, {
            type: 'moved',
            reason: input.reason ?? null,
            payload: {},
          }),
        };
      case 'request':
        return {
          kind: 'requested',
          request: await this.recordRequest(actor, current, plan, input),
        };
    }
  }

  async approve(actor: CaseActor, requestId: string, comment?: string): Promise<CaseRecord> {
    const found = await this.repository.findRequest(actor, requestId);
    if (!found) throw requestNotFound(requestId);
    const { request, case: current } = found;
    assertPending(request);
    this.assertMayDecide(actor, request);
    const plan = planMove(
      await this.definitionOf(current),
      current,
      {
        event: request.event,
        expectedVersion: current.version,
        checklist: request.checklist,
        ...(request.reason !== null && { reason: request.reason }),
      },
      true,
    );
    if (plan.kind !== 'apply') {
      throw new ConflictException({
        message: `the case has changed since the request: ${plan.kind === 'refuse' ? plan.refusal.code : plan.kind}`,
      });
    }
    return this.apply(
      actor,
      current,
      found.program,
      plan,
      {
        type: 'transitionApproved',
        reason: request.reason,
        payload: {
          requestId: request.id,
          requestedBy: request.requestedBy,
          ...(comment && { comment }),
        },
      },
      { requestId: request.id, comment: comment ?? null },
    );
  }

  async reject(
    actor: CaseActor,
    requestId: string,
    reason: string,
  ): Promise<TransitionRequestEntity> {
    const request = await this.pendingRequest(actor, requestId);
    this.assertMayDecide(actor, request);
    return this.decide(actor, request, 'rejected', reason);
  }

  async withdraw(actor: CaseActor, requestId: string): Promise<TransitionRequestEntity> {
    const request = await this.pendingRequest(actor, requestId);
    if (request.requestedBy !== actor.id) {
      throw new ForbiddenException({ message: 'only the requester can withdraw a request' });
    }
    return this.decide(actor, request, 'withdrawn', null);
  }

  private definitionOf(c: Pick<CaseEntity, 'workflowDefinitionId' | 'workflowDefinitionVersion'>) {
    return this.definitions.get(c.workflowDefinitionId, c.workflowDefinitionVersion);
  }

  private async pendingRequest(
    actor: CaseActor,
    requestId: string,
  ): Promise<TransitionRequestEntity> {
    const found = await this.repository.findRequest(actor, requestId);
    if (!found) throw requestNotFound(requestId);
    assertPending(found.request);
    return found.request;
  }

  private assertMayDecide(actor: CaseActor, request: TransitionRequestEntity): void {
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
    actor: CaseActor,
    current: CaseToPlan,
    plan: Extract<MovePlan, { kind: 'request' }>,
    input: MoveRequestInput,
  ): Promise<TransitionRequestEntity> {
    const evidence = input.evidence ?? [];
    const foreign = await this.repository.foreignAttachments(current.id, evidence);
    if (foreign.length > 0) {
      throw new UnprocessableEntityException({
        message: 'evidence must be attachments of this case',
        fields: foreign.map((id) => ({
          field: `evidence.${evidence.indexOf(id)}`,
          message: `${id} is not an attachment of this case`,
        })),
      });
    }
    const id = randomUUID();
    const request = await this.repository
      .insertRequest(
        {
          id,
          caseId: current.id,
          caseVersion: current.version,
          event: plan.move.event,
          fromStage: plan.from,
          toStage: plan.to,
          requestedBy: actor.id,
          reason: input.reason ?? null,
          checklist: input.checklist ?? [],
          evidence,
          now: this.clock.now(),
        },
        [jobIntent('notifications.approvalWaiting', { requestId: id })],
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new ConflictException({ message: 'the case already has a pending transition request' })
          : error;
      });
    if (!request) throw await this.raced(current.id);
    return request;
  }

  private async apply(
    actor: CaseActor,
    current: CaseToPlan,
    program: ProgramClock,
    plan: Extract<MovePlan, { kind: 'apply' }>,
    history: {
      type: 'moved' | 'transitionApproved';
      reason: string | null;
      payload: Record<string, string>;
    },
    approves?: { requestId: string; comment: string | null },
  ): Promise<CaseRecord> {
    const now = this.clock.now();
    const definition = await this.definitionOf(current);
    const intents = [
      ...(approves
        ? [jobIntent('notifications.approvalDecided', { requestId: approves.requestId })]
        : []),
      jobIntent('reminders.scheduleVisitReminder', {
        caseId: current.id,
        caseVersion: current.version + 1,
      }),
    ];
    const moved = await this.repository.applyMove(
      {
        caseId: current.id,
        version: current.version,
        snapshot: plan.snapshot,
        stage: plan.to,
        status: plan.status,
        nextVisitDue: firstVisitDueOnEntering({
          definition,
          stage: plan.to,
          approach: current.approach,
          timeZone: program.timezone,
          enteredAt: now,
        }),
        actorId: actor.id,
        now,
        history: { ...history, fromStage: plan.from, toStage: plan.to, event: plan.move.event },
        ...(approves && { approves }),
      },
      intents,
    );
    if (!moved) throw await this.raced(current.id, approves?.requestId);
    return toCaseRecord(moved, {
      definition,
      program,
      now,
      mayMove: canWrite(actor.role),
    });
  }

  private async decide(
    actor: CaseActor,
    request: TransitionRequestEntity,
    status: 'rejected' | 'withdrawn',
    comment: string | null,
  ): Promise<TransitionRequestEntity> {
    const decided = await this.repository.decide(
      {
        requestId: request.id,
        status,
        actorId: actor.id,
        comment,
        now: this.clock.now(),
        history: {
          type: status === 'rejected' ? 'transitionRejected' : 'requestWithdrawn',
          reason: comment,
        },
      },
      // The requester withdrew it themselves: there is nobody to tell.
      status === 'rejected'
        ? [jobIntent('notifications.approvalDecided', { requestId: request.id })]
        : [],
    );
    if (!decided) throw await this.raced(request.caseId, request.id);
    return decided;
  }

  /** The 409 for a write that found the case moved on or the request decided since it was read. */
  private async raced(caseId: string, requestId?: string): Promise<ConflictException> {
    const now = await this.repository.whyUnchanged(caseId, requestId);
    if (requestId && now.requestStatus !== 'pending' && now.requestStatus !== undefined) {
      return alreadyDecided(now.requestStatus);
    }
    return new ConflictException({
      message: 'the case was changed by someone else; reload it and try again',
      code: 'STALE_VERSION',
      ...(now.version !== undefined && { currentVersion: now.version }),
    });
  }
}

/** PostgreSQL's unique_violation: here, the one-pending-request-per-case index. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

function assertPending(request: TransitionRequestEntity): void {
  if (request.status !== 'pending') throw alreadyDecided(request.status);
}

function alreadyDecided(status: string): ConflictException {
  return new ConflictException({ message: `the request is already ${status}` });
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
