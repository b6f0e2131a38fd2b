import type { EvaluationEntity } from '@berdaya/db';
import { InvalidScoresError, empowermentIndex, parseEvaluationScores } from '@berdaya/empowerment';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import { riskFlagsAfterEvaluation } from './dependency-flag.rule';
import type { NewEvaluation } from './evaluation-body.schema';
import { evaluationTrends } from './evaluation-trends.rule';
import { toEvaluationRecord, type EvaluationRecord } from './evaluation.record';
import { EvaluationsRepository } from './evaluations.repository';

type Actor = UserScope & { id: string };

/**
 * Evaluations done: the index is derived from the scores, the trend from the case's evaluation
 * before, and the case's dependency-risk flag from all of them, in the transaction that records one.
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
    if (!found) throw new NotFoundException({ message: `evaluation ${id} not found` });
    const [record] = await this.withTrends([found]);
    return record;
  }

  async record(actor: Actor, input: NewEvaluation): Promise<EvaluationRecord> {
    const subject = await this.cases.findVisibleCase(actor, input.caseId);
    if (!subject) throw new CaseNotInScopeException();
    const scores = this.scoresOf(input.scores);
    const index = empowermentIndex(scores);
    const saved = await this.dataSource.transaction(async (tx) => {
      const locked = await this.cases.lock(tx, subject.id);
      const evaluation = await this.repository.insert(tx, {
        caseId: subject.id,
        kind: input.kind,
        status: 'done',
        evaluatedOn: input.evaluatedOn,
        scores,
        empowermentIndex: index,
        notes: input.notes,
        evaluatorId: actor.id,
      });
      const history = await this.repository.findDoneOfCases([subject.id], tx);
      await this.cases.update(tx, subject.id, {
        riskFlags: riskFlagsAfterEvaluation(locked.case, history),
      });
      await this.cases.appendEvent(tx, {
        caseId: subject.id,
        type: 'evaluationRecorded',
        actorId: actor.id,
        payload: { evaluationId: evaluation.id, empowermentIndex: index },
      });
      return evaluation;
    });
    return this.get(actor, saved.id);
  }

  /** The scores, checked; a 400 naming each bad one under `scores.` otherwise. */
  private scoresOf(input: unknown) {
    try {
      return parseEvaluationScores(input);
    } catch (error) {
      if (!(error instanceof InvalidScoresError)) throw error;
      throw new RequestValidationException(
        error.problems.map(({ field, message }) => ({
          field: field === 'scores' ? field : `scores.${field}`,
          message,
        })),
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
