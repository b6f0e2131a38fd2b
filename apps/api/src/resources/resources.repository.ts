import { ResourceEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { RESOURCES_RESOURCE } from './resources.resource';

@Injectable()
export class ResourcesRepository {
  constructor(
    @InjectRepository(ResourceEntity) private readonly resources: Repository<ResourceEntity>,
  ) {}

  // `rs`, because `r` is the village whereCaseInScope joins.
  private visibleTo(user: UserScope): SelectQueryBuilder<ResourceEntity> {
    return whereCaseInScope(this.resources.createQueryBuilder('rs'), 'rs.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<ResourceEntity>> {
    return findListPage(this.visibleTo(user), RESOURCES_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<ResourceEntity>).getMany(),
    );
  }

  /** A resource whose case the user sees; null when it does not exist or is out of scope. */
  findOneVisibleTo(user: UserScope, id: string): Promise<ResourceEntity | null> {
    return this.visibleTo(user).andWhere('rs.id = :id', { id }).getOne();
  }

  save(tx: EntityManager, resource: Partial<ResourceEntity>): Promise<ResourceEntity> {
    return tx.save(ResourceEntity, tx.create(ResourceEntity, resource));
  }

  async delete(id: string): Promise<void> {
    await this.resources.delete({ id });
  }
}
