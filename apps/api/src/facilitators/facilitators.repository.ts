import { UserEntity } from '@berdaya/db';
import { seesEverything } from '@berdaya/empowerment';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { UserScope } from '../access';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { FacilitatorRecord } from './facilitator.record';
import { FACILITATORS_RESOURCE } from './facilitators.resource';

@Injectable()
export class FacilitatorsRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /**
   * Active facilitators who work where `user` works: in one of their programs and in a region that
   * overlaps one of theirs (inside it, or holding it: a facilitator of a whole district works in
   * each of its villages). An admin sees every active facilitator.
   */
  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<FacilitatorRecord>> {
    const base = this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .addSelect('u.fullName', 'fullName')
      .addSelect('u.email', 'email')
      .where(`u.role = 'facilitator' AND u.active`);
    if (!seesEverything(user.role)) {
      base
        .andWhere(
          `EXISTS (SELECT 1 FROM user_programs fp WHERE fp.user_id = u.id AND fp.program_id = ANY(:scopePrograms))`,
          { scopePrograms: user.programIds },
        )
        .andWhere(
          `EXISTS (SELECT 1 FROM user_regions fu JOIN regions fr ON fr.id = fu.region_id
             JOIN unnest(CAST(:scopeRoots AS text[])) AS root ON fr.path = root
               OR fr.path LIKE root || '.%' OR root LIKE fr.path || '.%'
             WHERE fu.user_id = u.id)`,
          { scopeRoots: user.regionPaths },
        );
    }
    return findListPage(base, FACILITATORS_RESOURCE, query, (page) =>
      page.getRawMany<FacilitatorRecord>(),
    );
  }
}
