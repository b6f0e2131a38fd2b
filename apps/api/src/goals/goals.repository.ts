import { GoalEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { GOALS_RESOURCE } from './goals.resource';

@Injectable()
export class GoalsRepository {
  constructor(@InjectRepository(GoalEntity) private readonly goals: Repository<GoalEntity>) {}

  private visibleTo(user: UserScope): SelectQueryBuilder<GoalEntity> {
    return whereCaseInScope(this.goals.createQueryBuilder('g'), 'g.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<GoalEntity>> {
    return findListPage(this.visibleTo(user), GOALS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<GoalEntity>).getMany(),
    );
  }

  /** A goal whose case the user sees; null for one that does not exist and one out of scope alike. */
  findOneVisibleTo(user: UserScope, id: string): Promise<GoalEntity | null> {
    return this.visibleTo(user).andWhere('g.id = :id', { id }).getOne();
  }

  save(tx: EntityManager, goal: Partial<GoalEntity>): Promise<GoalEntity> {
    return tx.save(GoalEntity, tx.create(GoalEntity, goal));
  }

  /**
   * Deletes the goal only if it is still open, in one statement, so a goal achieved meanwhile is
   * never deleted; false when it was not open (or no longer exists).
   */
  async deleteIfOpen(id: string): Promise<boolean> {
    const result = await this.goals.delete({ id, status: 'open' });
    return (result.affected ?? 0) > 0;
  }
}
