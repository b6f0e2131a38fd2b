import { Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { QUEUE_BOARD_PATH, QueueBoardAccess } from './queue-board.access';

@ApiTags('operations')
@Controller('admin/queues-session')
export class QueueBoardController {
  constructor(private readonly access: QueueBoardAccess) {}

  @Post()
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Opens the job queue board to this admin for an hour (a cookie scoped to its path)',
  })
  open(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { url: string } {
    void reply.header(
      'set-cookie',
      this.access.sessionCookie(user.id, request.protocol === 'https'),
    );
    return { url: QUEUE_BOARD_PATH };
  }
}
