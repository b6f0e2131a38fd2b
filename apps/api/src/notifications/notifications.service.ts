import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { NotificationChanges } from './notification-body.schema';
import { toNotificationRecord, type NotificationRecord } from './notification.record';
import { NotificationsRepository } from './notifications.repository';
import type { UnreadCount } from './unread-count.record';

/** The caller's own inbox: another user's notification is a 404, as one that does not exist. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async list(user: { id: string }, query: ListQuery): Promise<ListPage<NotificationRecord>> {
    return (await this.repository.findPageOf(user.id, query)).map(toNotificationRecord);
  }

  async unreadCount(user: { id: string }): Promise<UnreadCount> {
    return { count: await this.repository.countUnreadOf(user.id) };
  }

  async get(user: { id: string }, id: string): Promise<NotificationRecord> {
    const found = await this.repository.findOneOf(user.id, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'NOTIFICATION_NOT_FOUND',
        params: { id },
        message: `notification ${id} not found`,
      });
    }
    return toNotificationRecord(found);
  }

  async mark(
    user: { id: string },
    id: string,
    { read }: NotificationChanges,
  ): Promise<NotificationRecord> {
    const before = await this.get(user, id);
    // Marking read again keeps when it was first read.
    if (read !== before.read) {
      await this.repository.setReadAt(user.id, id, read ? this.clock.now() : null);
    }
    return this.get(user, id);
  }
}
