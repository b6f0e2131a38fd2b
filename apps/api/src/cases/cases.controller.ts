import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { caseIntakeSchema, type CaseIntake } from './case-intake.schema';
import { caseMoveSchema, idParamSchema } from './case-move.schema';
import { CasesService } from './cases.service';
import { CaseHistoryService } from './case-history.service';
import type { z } from 'zod';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly history: CaseHistoryService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Cases in scope: react-admin simple REST list' })
  list(@CurrentUser() user: AuthUser, @Query() raw: Record<string, unknown>) {
    return this.cases.list(user, raw);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case, with its stage labels, allowed moves and visit status' })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', new ZodValidationPipe(idParamSchema)) id: string,
  ) {
    return this.cases.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Enrol a community: runs the intake and its approach recommendation' })
  create(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(caseIntakeSchema)) input: CaseIntake,
  ) {
    return this.cases.create(user, input);
  }

  @Post(':id/transitions')
  @ApiOperation({
    summary: 'Ask for a move: 201 with a pending request, or 200 with the moved case',
  })
  async move(
    @CurrentUser() user: AuthUser,
    @Param('id', new ZodValidationPipe(idParamSchema)) id: string,
    @Body(new ZodValidationPipe(caseMoveSchema)) input: z.output<typeof caseMoveSchema>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.cases.move(user, id, input);
    void reply.status(outcome.kind === 'requested' ? 201 : 200);
    return outcome.kind === 'requested' ? outcome.request : outcome.case;
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Everything that happened to the case, oldest first' })
  historyOf(
    @CurrentUser() user: AuthUser,
    @Param('id', new ZodValidationPipe(idParamSchema)) id: string,
  ) {
    return this.history.of(user, id);
  }
}
