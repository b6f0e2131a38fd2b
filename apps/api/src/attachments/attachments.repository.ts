import { AttachmentEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereCaseInScope } from '../case-scope/case-scope.query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ATTACHMENTS_RESOURCE } from './attachments.resource';

@Injectable()
export class AttachmentsRepository {
  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
  ) {}

  // The inner join on the case also leaves out attachments of no case: nobody here sees those.
  private visibleTo(user: UserScope): SelectQueryBuilder<AttachmentEntity> {
    return whereCaseInScope(this.attachments.createQueryBuilder('a'), 'a.caseId', user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery): Promise<ListPage<AttachmentEntity>> {
    return findListPage(this.visibleTo(user), ATTACHMENTS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<AttachmentEntity>).getMany(),
    );
  }

  /** An attachment whose case the user sees; null for one that does not exist and one out of scope alike. */
  findOneVisibleTo(user: UserScope, id: string): Promise<AttachmentEntity | null> {
    return this.visibleTo(user).andWhere('a.id = :id', { id }).getOne();
  }

  insert(attachment: Omit<AttachmentEntity, 'id' | 'createdAt'>): Promise<AttachmentEntity> {
    return this.attachments.save(this.attachments.create(attachment));
  }
}
