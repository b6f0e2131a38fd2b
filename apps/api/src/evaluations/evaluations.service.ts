import { codedIssue } from '@berdaya/api-problems';
import type { CaseEntity, EvaluationEntity } from '@berdaya/db';
import {
  type EvaluationScores,
  InvalidScoresError,
  empowermentIndex,
  parseEvaluationScores,
} from '@berdaya/empowerment';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { ApiException } from '../common/errors/api.exception';
import { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { FieldProblem } from '../common/validation/field-problem';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import { riskFlagsAfterEvaluation } from './dependency-flag.rule';
import type { EvaluationFilledIn, NewEvaluation } from './evaluation-body.schema';
import { evaluationTrends } from './evaluation-trends.rule';
import { toEvaluationRecord, type EvaluationRecord } from './evaluation.record';
import { EvaluationsRepository } from './evaluations.repository';

type Actor = UserScope & { id: string };

/**
 * Evaluations done, recorded afresh or filled in when due: the index is derived from the scores,
 * the trend from the case's evaluation before, and the case's dependency-risk flag from all of
 * them, in the transaction that records one.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EvaluationsRepository,
    private readonly cases: CaseScopeRepository,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<ListPage<EvaluationRecord>> {
    const page = await this.repository.findPageVisibleTo(actor, query);
    const records = await this.withTrends(page.items);
    return new ListPage(page.resource, page.offset, records, page.total);
  }

  async get(actor: Actor, id: string): Promise<EvaluationRecord> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'EVALUATION_NOT_FOUND',
        params: { id },
        message: `evaluation ${id} not found`,
      });
    }
    const [record] = await this.withTrends([found]);
    return record;
  }

  async record(actor: Actor, input: NewEvaluation): Promise<EvaluationRecord> {
    const subject = await this.cases.findVisibleCase(actor, input.caseId);
    if (!subject) throw new CaseNotInScopeException();
    const scores = this.scoresOf(input.scores);
    const saved = await this.dataSource.transaction(async (tx) => {
      const locked = await this.cases.lock(tx, subject.id);
      return this.saveDone(tx, actor, locked.case, {
        kind: input.kind,
        evaluatedOn: input.evaluatedOn,
        scores,
        notes: input.notes,
      });
    });
    return this.get(actor, saved.id);
  }

  /** A due evaluation, done once held: as `record`, in place of the due one. */
  async fillIn(actor: Actor, id: string, input: EvaluationFilledIn): Promise<EvaluationRecord> {
    const visible = await this.repository.findOneVisibleTo(actor, id);
    if (!visible) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'EVALUATION_NOT_FOUND',
        params: { id },
        message: `evaluation ${id} not found`,
      });
    }
    await this.dataSource.transaction(async (tx) => {
      const locked = await this.cases.lock(tx, visible.caseId);
      // Read again under the case's lock, so two fillings-in of one evaluation cannot both pass.
      const due = await this.repository.findCurrent(tx, id);
      if (due.status === 'done') {
        throw new ApiException(HttpStatus.CONFLICT, {
          code: 'EVALUATION_DONE',
          message: `evaluation ${id} is done already: a scored evaluation is kept as it was held`,
        });
      }
      // Scores checked after the status: a done evaluation is a 409 whatever the body says.
      const scores = this.scoresOf(input.scores);
      await this.saveDone(tx, actor, locked.case, {
        ...due,
        kind: input.kind ?? due.kind,
        evaluatedOn: input.evaluatedOn,
        scores,
        notes: input.notes === undefined ? due.notes : input.notes,
      });
    });
    return this.get(actor, id);
  }

  /**
   * Saves the evaluation done with the index of its scores, then sets or clears the case's
   * dependency-risk flag from all its evaluations done and appends it to the case's history.
   * Inside `tx`, with `subject` locked.
   */
  private async saveDone(
    tx: EntityManager,
    actor: Actor,
    subject: CaseEntity,
    evaluation: Partial<EvaluationEntity> & { scores: EvaluationScores },
  ): Promise<EvaluationEntity> {
    const index = empowermentIndex(evaluation.scores);
    const saved = await this.repository.save(tx, {
      ...evaluation,
      caseId: subject.id,
      status: 'done',
      empowermentIndex: index,
      evaluatorId: actor.id,
    });
    const history = await this.repository.findDoneOfCases([subject.id], tx);
    await this.cases.update(tx, subject.id, {
      riskFlags: riskFlagsAfterEvaluation(subject, history),
    });
    await this.cases.appendEvent(tx, {
      caseId: subject.id,
      type: 'evaluationRecorded',
      actorId: actor.id,
      payload: { evaluationId: saved.id, empowermentIndex: index },
    });
    return saved;
  }

  /** The scores, checked; a 400 naming each bad one under `scores.` otherwise. */
  private scoresOf(input: unknown) {
    try {
      return parseEvaluationScores(input);
    } catch (error) {
      if (!(error instanceof InvalidScoresError)) throw error;
      throw new RequestValidationException(
        error.problems.map(
          ({ field, message, issue }) =>
            ({
              field: field === 'scores' ? field : `scores.${field}`,
              message,
              ...codedIssue(issue),
            }) as FieldProblem,
        ),
      );
    }
  }

  private async withTrends(rows: readonly EvaluationEntity[]): Promise<EvaluationRecord[]> {
    const trends = evaluationTrends(
      await this.repository.findDoneOfCases(rows.map((row) => row.caseId)),
    );
    return rows.map((row) => toEvaluationRecord(row, trends.get(row.id) ?? null));
  }
}
