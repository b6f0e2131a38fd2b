import {
  AttachmentEntity,
  CaseEntity,
  hydrateRow,
  preparedQuery,
  selectColumns,
  ProgramEntity,
  TransitionRequestEntity,
  type CaseEventType,
  type CaseStatus,
  type TransitionRequestStatus,
} from '@berdaya/db';
import { STALLED_FLAG } from '@berdaya/empowerment';
import { insertOutboxSql, outboxRows, type JobIntent } from '@berdaya/jobs';
import type { WorkflowSnapshot } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { canSeeRecord, type UserScope } from '../access';

/** What a case's record needs of its program besides the case itself. */
export type ProgramClock = Pick<ProgramEntity, 'timezone' | 'overdueGraceDays'>;

/** What planning a move reads of a case; the moved case comes back whole from the write. */
const CASE_TO_PLAN = [
  'id',
  'approach',
  'programId',
  'workflowDefinitionId',
  'workflowDefinitionVersion',
  'snapshot',
  'version',
] as const;
export type CaseToPlan = Pick<CaseEntity, (typeof CASE_TO_PLAN)[number]>;

export interface CaseToMove {
  case: CaseToPlan;
  program: ProgramClock;
}

/** The history entry a write appends; its case, actor and time come from the write itself. */
export interface HistoryEntry {
  type: CaseEventType;
  fromStage: string;
  toStage: string;
  event: string;
  reason: string | null;
  payload: Record<string, string>;
}

export interface NewRequest {
  id: string;
  caseId: string;
  /** The case version the request is planned from; no row is written if the case has moved on. */
  caseVersion: number;
  event: string;
  fromStage: string;
  toStage: string;
  requestedBy: string;
  reason: string | null;
  checklist: readonly string[];
  evidence: readonly string[];
  now: Date;
}

export interface PlannedMove {
  caseId: string;
  /** The version planned from: the UPDATE changes nothing when the case is at another one. */
  version: number;
  snapshot: WorkflowSnapshot;
  stage: string;
  status: CaseStatus;
  /** The first visit due in the stage entered; null for a stage without visits. */
  nextVisitDue: string | null;
  actorId: string;
  now: Date;
  history: HistoryEntry;
  /** When the move decides a request: applied only while the request is still pending. */
  approves?: { requestId: string; comment: string | null };
}

export interface Decision {
  requestId: string;
  status: Extract<TransitionRequestStatus, 'rejected' | 'withdrawn'>;
  actorId: string;
  comment: string | null;
  now: Date;
  history: Pick<HistoryEntry, 'type' | 'reason'>;
}

type CaseToMoveRow = Record<string, unknown> & {
  program_id: string;
  region_path: string;
  program_timezone: ProgramEntity['timezone'];
  program_overdue_grace_days: number;
};

const CASE_TO_MOVE_FROM = `FROM cases c
  JOIN regions r ON r.id = c.region_id
  JOIN programs p ON p.id = c.program_id`;

const CLOSING_STATUSES: readonly CaseStatus[] = ['closed', 'withdrawn'];

/**
 * The reads and writes of stage moves. Each write is one statement (data-modifying WITH clauses)
 * that changes its rows, appends the history entry and records the outbox intents together or not
 * at all: atomic without a transaction's extra round trips, which a move pays on every request.
 */
@Injectable()
export class CaseMovesRepository {
  private readonly caseToMoveColumns: string;
  private readonly requestColumns: string;

  constructor(private readonly dataSource: DataSource) {
    this.caseToMoveColumns = `${selectColumns(dataSource, CaseEntity, 'c', { properties: CASE_TO_PLAN })}, r.path AS region_path,
      p.timezone AS program_timezone, p.overdue_grace_days AS program_overdue_grace_days`;
    this.requestColumns = selectColumns(dataSource, TransitionRequestEntity, 'tr', {
      prefix: 'tr_',
    });
  }

  /** The case with its program's clock settings, if `user` sees it. */
  async findCase(user: UserScope, caseId: string): Promise<CaseToMove | null> {
    const rows = await preparedQuery<CaseToMoveRow>(
      this.dataSource,
      'berdaya.moves.findCase',
      `SELECT ${this.caseToMoveColumns} ${CASE_TO_MOVE_FROM} WHERE c.id = $1`,
      [caseId],
    );
    return this.visibleCaseToMove(user, rows[0]);
  }

  /** The request with its case, as findCase reads it, if `user` sees the case. */
  async findRequest(
    user: UserScope,
    requestId: string,
  ): Promise<(CaseToMove & { request: TransitionRequestEntity }) | null> {
    const rows = await preparedQuery<CaseToMoveRow>(
      this.dataSource,
      'berdaya.moves.findRequest',
      `SELECT ${this.caseToMoveColumns}, ${this.requestColumns} ${CASE_TO_MOVE_FROM}
         JOIN transition_requests tr ON tr.case_id = c.id
        WHERE tr.id = $1`,
      [requestId],
    );
    const found = this.visibleCaseToMove(user, rows[0]);
    return (
      found && {
        ...found,
        request: hydrateRow(this.dataSource, TransitionRequestEntity, rows[0], { prefix: 'tr_' }),
      }
    );
  }

  /**
   * One row read by id and checked in code with canSeeRecord, the rule whereRecordInScope
   * implements in SQL: the hottest reads stay one short statement with a fixed text.
   */
  private visibleCaseToMove(user: UserScope, row: CaseToMoveRow | undefined): CaseToMove | null {
    if (!row || !canSeeRecord(user, { programId: row.program_id, regionPath: row.region_path })) {
      return null;
    }
    return {
      case: hydrateRow(this.dataSource, CaseEntity, row, { properties: CASE_TO_PLAN }),
      program: { timezone: row.program_timezone, overdueGraceDays: row.program_overdue_grace_days },
    };
  }

  /** Those of `ids` that are not attachments of the case. */
  async foreignAttachments(caseId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.dataSource
      .getRepository(AttachmentEntity)
      .find({ select: { id: true }, where: { caseId, id: In([...ids]) } });
    const own = new Set(found.map((a) => a.id));
    return ids.filter((id) => !own.has(id));
  }

  /**
   * Records a pending request with its reminder, escalation and expiry times from the program's
   * settings. Null when the case is no longer at the planned version; a second pending request
   * for the case fails on the database's unique index.
   */
  async insertRequest(
    request: NewRequest,
    intents: readonly JobIntent[],
  ): Promise<TransitionRequestEntity | null> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'berdaya.moves.insertRequest',
      `WITH request AS (
         INSERT INTO transition_requests (id, case_id, event, from_stage, to_stage, requested_by,
                reason, checklist, evidence, case_version, remind_at, escalate_at, expire_at)
         SELECT $1, c.id, $3, $4, $5, $6, $7, $8, $9::jsonb, c.version,
                $11::timestamptz + make_interval(days => p.approval_reminder_days),
                $11::timestamptz + make_interval(days => p.approval_escalation_days),
                $11::timestamptz + make_interval(days => p.approval_expiry_days)
           FROM cases c JOIN programs p ON p.id = c.program_id
          WHERE c.id = $2 AND c.version = $10
         RETURNING *
       ), history AS (
         INSERT INTO case_events (case_id, type, actor_id, from_stage, to_stage, event, reason, payload)
         SELECT case_id, 'transitionRequested', requested_by, from_stage, to_stage, event, reason,
                jsonb_build_object('requestId', id)
           FROM request
       ), outbox AS (
         ${insertOutboxSql('$12')} WHERE EXISTS (SELECT 1 FROM request)
       )
       SELECT * FROM request`,
      [
        request.id,
        request.caseId,
        request.event,
        request.fromStage,
        request.toStage,
        request.requestedBy,
        request.reason,
        request.checklist,
        JSON.stringify(request.evidence),
        request.caseVersion,
        request.now,
        outboxRows(intents),
      ],
    );
    return rows.length === 0 ? null : hydrateRow(this.dataSource, TransitionRequestEntity, rows[0]);
  }

  /**
   * Moves the case if it is still at the planned version (and, when approving, the request still
   * pending: the request row is locked first, so concurrent decisions on it queue up and all but
   * the first find it decided). Null when nothing was moved.
   */
  async applyMove(move: PlannedMove, intents: readonly JobIntent[]): Promise<CaseEntity | null> {
    const { approves } = move;
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      approves ? 'berdaya.moves.approve' : 'berdaya.moves.apply',
      `WITH ${
        approves
          ? `request AS (
               SELECT id FROM transition_requests WHERE id = $13 AND status = 'pending' FOR UPDATE
             ),`
          : ''
      } moved AS (
         UPDATE cases
            SET snapshot = $3, stage = $4, status = $5, stage_entered_at = $6::timestamptz,
                closed_at = CASE WHEN $7::boolean THEN $6::timestamptz END,
                next_visit_due = $12::date,
                risk_flags = array_remove(risk_flags, '${STALLED_FLAG}'),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 ${approves ? 'AND EXISTS (SELECT 1 FROM request)' : ''}
         RETURNING *
       ), ${
         approves
           ? `decided AS (
                UPDATE transition_requests
                   SET status = 'approved', decided_by = $8, decided_at = $6,
                       decision_comment = $14, updated_at = now()
                 WHERE id = $13 AND EXISTS (SELECT 1 FROM moved)
              ),`
           : ''
       } history AS (
         INSERT INTO case_events (case_id, type, actor_id, from_stage, to_stage, event, reason, payload)
         SELECT id, $9, $8, $10::jsonb->>'fromStage', $10::jsonb->>'toStage', $10::jsonb->>'event',
                $10::jsonb->>'reason', $10::jsonb->'payload'
           FROM moved
       ), outbox AS (
         ${insertOutboxSql('$11')} WHERE EXISTS (SELECT 1 FROM moved)
       )
       SELECT * FROM moved`,
      [
        move.caseId,
        move.version,
        move.snapshot,
        move.stage,
        move.status,
        move.now,
        CLOSING_STATUSES.includes(move.status),
        move.actorId,
        move.history.type,
        JSON.stringify(move.history),
        outboxRows(intents),
        move.nextVisitDue,
        ...(approves ? [approves.requestId, approves.comment] : []),
      ],
    );
    return rows.length === 0 ? null : hydrateRow(this.dataSource, CaseEntity, rows[0]);
  }

  /** Rejects or withdraws the request if it is still pending; null when it is not. */
  async decide(
    decision: Decision,
    intents: readonly JobIntent[],
  ): Promise<TransitionRequestEntity | null> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'berdaya.moves.decide',
      `WITH decided AS (
         UPDATE transition_requests
            SET status = $2, decided_by = $3, decided_at = $4, decision_comment = $5,
                updated_at = now()
          WHERE id = $1 AND status = 'pending'
         RETURNING *
       ), history AS (
         INSERT INTO case_events (case_id, type, actor_id, from_stage, to_stage, event, reason, payload)
         SELECT case_id, $6, $3, from_stage, to_stage, event, $7, jsonb_build_object('requestId', id)
           FROM decided
       ), outbox AS (
         ${insertOutboxSql('$8')} WHERE EXISTS (SELECT 1 FROM decided)
       )
       SELECT * FROM decided`,
      [
        decision.requestId,
        decision.status,
        decision.actorId,
        decision.now,
        decision.comment,
        decision.history.type,
        decision.history.reason,
        outboxRows(intents),
      ],
    );
    return rows.length === 0 ? null : hydrateRow(this.dataSource, TransitionRequestEntity, rows[0]);
  }

  /** Re-reads after a write changed nothing, to say why. */
  async whyUnchanged(
    caseId: string,
    requestId?: string,
  ): Promise<{ version: number | undefined; requestStatus: TransitionRequestStatus | undefined }> {
    const [found, request] = await Promise.all([
      this.dataSource
        .getRepository(CaseEntity)
        .findOne({ select: { id: true, version: true }, where: { id: caseId } }),
      requestId
        ? this.dataSource
            .getRepository(TransitionRequestEntity)
            .findOne({ select: { id: true, status: true }, where: { id: requestId } })
        : null,
    ]);
    return { version: found?.version, requestStatus: request?.status };
  }
}
