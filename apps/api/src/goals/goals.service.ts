import type { GoalEntity } from '@berdaya/db';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { withoutFields } from '../common/validation/without-fields';
import type { GoalChanges, NewGoal } from './goal-body.schema';
import { toGoalRecord, type GoalRecord } from './goal.record';
import { GoalsRepository } from './goals.repository';

type Actor = UserScope & { id: string };

/**
 * Goals set for a case while defining its directions. Setting one goes into the case's history;
 * only a goal still open may be deleted, so what was achieved or dropped stays on record.
 */
@Injectable()
export class GoalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: GoalsRepository,
    private readonly cases: CaseScopeRepository,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<ListPage<GoalRecord>> {
    return (await this.repository.findPageVisibleTo(actor, query)).map(toGoalRecord);
  }

  async get(actor: Actor, id: string): Promise<GoalRecord> {
    return toGoalRecord(await this.findVisible(actor, id));
  }

  async set(actor: Actor, input: NewGoal): Promise<GoalRecord> {
    const subject = await this.cases.findVisibleCase(actor, input.caseId);
    if (!subject) throw new CaseNotInScopeException();
    const saved = await this.dataSource.transaction(async (tx) => {
      await this.cases.lock(tx, subject.id);
      const goal = await this.repository.save(tx, {
        caseId: subject.id,
        title: input.title,
        indicator: input.indicator,
        target: input.target,
        dueOn: input.dueOn,
        scope: input.scope ?? null,
        status: 'open',
      });
      await this.cases.appendEvent(tx, {
        caseId: subject.id,
        type: 'goalSet',
        actorId: actor.id,
        payload: { goalId: goal.id, title: goal.title, dueOn: goal.dueOn },
      });
      return goal;
    });
    return this.get(actor, saved.id);
  }

  async change(actor: Actor, id: string, body: GoalChanges): Promise<GoalRecord> {
    const before = await this.findVisible(actor, id);
    const changes = withoutFields(body, ['id', 'caseId', 'createdAt', 'updatedAt']);
    await this.repository.save(this.dataSource.manager, { ...before, ...changes });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<GoalRecord> {
    const before = await this.get(actor, id);
    if (!(await this.repository.deleteIfOpen(id))) {
      throw new ApiException(HttpStatus.CONFLICT, {
        code: 'GOAL_NOT_OPEN',
        message: `goal ${id} is no longer open`,
      });
    }
    return before;
  }

  private async findVisible(actor: Actor, id: string): Promise<GoalEntity> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'GOAL_NOT_FOUND',
        params: { id },
        message: `goal ${id} not found`,
      });
    }
    return found;
  }
}
