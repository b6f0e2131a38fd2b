import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { OwnOnly } from '../auth/roles.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { type NotificationChanges, notificationChangesSchema } from './notification-body.schema';
import { notificationRecordSchema } from './notification.record';
import { NOTIFICATIONS_RESOURCE } from './notifications.resource';
import { NotificationsService } from './notifications.service';
import { unreadCountSchema } from './unread-count.record';

const record = { description: 'The notification', schema: schemaRef(notificationRecordSchema) };
const notFound = {
  description: 'No such notification in your inbox',
  schema: schemaRef(errorBodySchema),
};

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Your own notifications' })
  @ApiList(NOTIFICATIONS_RESOURCE, notificationRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(NOTIFICATIONS_RESOURCE) query: ListQuery) {
    return this.notifications.list(user, query);
  }

  // Before `:id`, which would otherwise take `unread-count` for an id.
  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notifications are unread' })
  @ApiOkResponse({ description: 'The count', schema: schemaRef(unreadCountSchema) })
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notifications.unreadCount(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your notifications' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.notifications.get(user, id);
  }

  @Put(':id')
  @OwnOnly()
  @ApiOperation({ summary: 'Mark one of your notifications read or unread' })
  @ApiBody({ schema: schemaRef(notificationChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body(new ZodValidationPipe(notificationChangesSchema)) changes: NotificationChanges,
  ) {
    return this.notifications.mark(user, id, changes);
  }
}
