import type { CaseEntity, TransitionRequestEntity } from '@berdaya/db';
import { canWrite, decisionRight, firstVisitDueOnEntering } from '@berdaya/empowerment';
import { jobIntent } from '@berdaya/jobs';
import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../common/clock/clock';
import { ApiException } from '../common/errors/api.exception';
import type { FieldProblem } from '../common/validation/field-problem';
import { toCaseRecord, type CaseRecord } from './case-record';
import { CaseMovesRepository, type CaseToPlan, type ProgramClock } from './case-moves.repository';
import type { CaseActor } from './cases.service';
import { planMove, type MoveInput, type MovePlan, type MoveRefusal } from './move-plan';
import { PublishedDefinitions } from './published-definitions';

export type MoveRequestInput = MoveInput & { evidence?: string[] };

export type MoveOutcome =
  { kind: 'requested'; request: TransitionRequestEntity } | { kind: 'moved'; case: CaseRecord };

const caseNotFound = (id: string) =>
  new ApiException(HttpStatus.NOT_FOUND, {
    code: 'CASE_NOT_FOUND',
    params: { id },
    message: `case ${id} not found`,
  });
const requestNotFound = (id: string) =>
  new ApiException(HttpStatus.NOT_FOUND, {
    code: 'TRANSITION_REQUEST_NOT_FOUND',
    params: { id },
    message: `transition request ${id} not found`,
  });

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
        throw refusalError(plan.refusal, input.event);
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
      throw new ApiException(HttpStatus.CONFLICT, {
        code: 'CASE_CHANGED_SINCE_REQUEST',
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
      throw new ApiException(HttpStatus.FORBIDDEN, {
        code: 'ONLY_REQUESTER_WITHDRAWS',
        message: 'only the requester can withdraw a request',
      });
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
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        right.refusal === 'FOUR_EYES'
          ? { code: 'FOUR_EYES', message: 'you cannot decide your own request' }
          : {
              code: 'NOT_A_DECIDER',
              message: 'only a supervisor or program manager can decide a request',
            },
        { refusal: right.refusal },
      );
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
      const fields = foreign.map((id): FieldProblem => ({
        field: `evidence.${evidence.indexOf(id)}`,
        code: 'not_attachment_of_case',
        message: `${id} is not an attachment of this case`,
      }));
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        { code: 'EVIDENCE_NOT_OF_CASE', message: 'evidence must be attachments of this case' },
        { fields },
      );
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
          ? new ApiException(HttpStatus.CONFLICT, {
              code: 'REQUEST_PENDING',
              message: 'the case already has a pending transition request',
            })
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
  private async raced(caseId: string, requestId?: string): Promise<ApiException> {
    const now = await this.repository.whyUnchanged(caseId, requestId);
    if (requestId && now.requestStatus !== 'pending' && now.requestStatus !== undefined) {
      return alreadyDecided(now.requestStatus);
    }
    return new ApiException(
      HttpStatus.CONFLICT,
      {
        code: 'STALE_VERSION',
        message: 'the case was changed by someone else; reload it and try again',
      },
      now.version !== undefined ? { currentVersion: now.version } : {},
    );
  }
}

/** PostgreSQL's unique_violation: here, the one-pending-request-per-case index. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

function assertPending(request: TransitionRequestEntity): void {
  if (request.status !== 'pending') throw alreadyDecided(request.status);
}

function alreadyDecided(status: string): ApiException {
  return new ApiException(HttpStatus.CONFLICT, {
    code: 'REQUEST_DECIDED',
    params: { status },
    message: `the request is already ${status}`,
  });
}

/** The HTTP answer to a refused move: 409 for what the stage or a newer version forbids, 422 for what the request lacks. */
function refusalError(refusal: MoveRefusal, event: string): ApiException {
  switch (refusal.code) {
    case 'STALE_VERSION':
      return new ApiException(
        HttpStatus.CONFLICT,
        {
          code: 'STALE_VERSION',
          message: `the case is at version ${refusal.currentVersion}; reload it and try again`,
        },
        { currentVersion: refusal.currentVersion },
      );
    case 'NOT_ALLOWED':
      return new ApiException(
        HttpStatus.CONFLICT,
        { code: 'EVENT_NOT_ALLOWED', params: { event }, message: 'that move is not allowed now' },
        { allowedEvents: refusal.allowedEvents },
      );
    case 'FINAL_STAGE':
      return new ApiException(
        HttpStatus.CONFLICT,
        { code: 'FINAL_STAGE', message: 'the case is in a final stage' },
        { allowedEvents: refusal.allowedEvents },
      );
    case 'CHECKLIST_INCOMPLETE': {
      const fields = refusal.missing.map((item): FieldProblem => ({
        field: `checklist.${item}`,
        code: 'must_be_ticked',
        message: 'must be ticked',
      }));
      return new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        {
          code: 'CHECKLIST_INCOMPLETE',
          message: `exit checklist incomplete: ${refusal.missing.join(', ')}`,
        },
        { fields, allowedEvents: refusal.allowedEvents },
      );
    }
    case 'REASON_REQUIRED': {
      const fields: FieldProblem[] = [
        { field: 'reason', code: 'reason_required_for_move', message: 'is required for this move' },
      ];
      return new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        { code: 'REASON_REQUIRED', message: 'this move needs a reason' },
        { fields, allowedEvents: refusal.allowedEvents },
      );
    }
    case 'CORRUPT_CASE':
      return new ApiException(HttpStatus.CONFLICT, {
        code: 'CORRUPT_CASE',
        message: 'the case cannot be moved: its stored stage does not fit its workflow',
      });
  }
}
