import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { approveSchema, idParamSchema, rejectSchema } from './case-move.schema';
import { CaseMovesService } from './case-moves.service';

const requestId = new ZodValidationPipe(idParamSchema);

@ApiTags('transition-requests')
@Controller('transition-requests')
export class TransitionRequestsController {
  constructor(private readonly moves: CaseMovesService) {}

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Approve: moves the case, replanned from its current stage (403 on your own request)',
  })
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', requestId) id: string,
    @Body(new ZodValidationPipe(approveSchema)) body: z.output<typeof approveSchema>,
  ) {
    return this.moves.approve(user, id, body.comment);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject, with a reason (403 on your own request)' })
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', requestId) id: string,
    @Body(new ZodValidationPipe(rejectSchema)) body: z.output<typeof rejectSchema>,
  ) {
    return this.moves.reject(user, id, body.reason);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw your own pending request' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', requestId) id: string) {
    return this.moves.withdraw(user, id);
  }
}
