import { NotificationEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository, type SelectQueryBuilder } from 'typeorm';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { NOTIFICATIONS_RESOURCE } from './notifications.resource';

/** Every query here is of one user's inbox: nobody reads or marks another's notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
  ) {}

  private inboxOf(userId: string): SelectQueryBuilder<NotificationEntity> {
    return this.notifications.createQueryBuilder('n').where('n.userId = :userId', { userId });
  }

  findPageOf(userId: string, query: ListQuery): Promise<ListPage<NotificationEntity>> {
    return findListPage(this.inboxOf(userId), NOTIFICATIONS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<NotificationEntity>).getMany(),
    );
  }

  findOneOf(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.inboxOf(userId).andWhere('n.id = :id', { id }).getOne();
  }

  countUnreadOf(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  async setReadAt(userId: string, id: string, readAt: Date | null): Promise<void> {
    await this.notifications.update({ id, userId }, { readAt });
  }
}
