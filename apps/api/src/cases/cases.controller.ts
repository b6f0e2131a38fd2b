import { calendarDayIn } from '@berdaya/empowerment';
import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import { caseIntakeSchema, type CaseIntake } from './case-intake.schema';
import { caseMoveSchema, idParamSchema } from './case-move.schema';
import { CaseMovesService } from './case-moves.service';
import { caseReassignSchema, type CaseReassign } from './case-reassign.schema';
import { CaseReassignmentService } from './case-reassignment.service';
import { Roles } from '../auth/roles.decorator';
import { CasesService } from './cases.service';
import { CaseHistoryService } from './case-history.service';
import type { z } from 'zod';
import { Clock } from '../common/clock/clock';

const CSV_TYPE = 'text/csv; charset=utf-8';

// The file is named for the day in western Indonesia's time, where most of the country's staff work.
const EXPORT_TIMEZONE = 'Asia/Jakarta';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly moves: CaseMovesService,
    private readonly history: CaseHistoryService,
    private readonly reassignment: CaseReassignmentService,
    private readonly clock: Clock,
  ) {}

  // Declared before `:id`, so the export is never read as a case id.
  @Get('export.csv')
  @ApiOperation({
    summary: 'Every case the list filter and sort select, as CSV (UTF-8 with BOM), streamed',
  })
  exportCsv(@CurrentUser() user: AuthUser, @Query() raw: Record<string, unknown>) {
    const day = calendarDayIn(EXPORT_TIMEZONE, this.clock.now());
    return new StreamableFile(this.cases.exportCsv(user, raw), {
      type: CSV_TYPE,
      disposition: `attachment; filename="cases-${day}.csv"`,
    });
  }

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

  @Put(':id')
  @Roles('admin', 'programManager', 'supervisor')
  @ApiOperation({
    summary: 'Hand the case to another facilitator of its program and region (or to none)',
  })
  async reassign(
    @CurrentUser() user: AuthUser,
    @Param('id', new ZodValidationPipe(idParamSchema)) id: string,
    @Body(new ZodValidationPipe(caseReassignSchema)) input: CaseReassign,
  ) {
    await this.reassignment.reassign(user, id, input);
    return this.cases.get(user, id);
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
    const outcome = await this.moves.requestMove(user, id, input);
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

  @Get(':id/history.csv')
  @ApiOperation({ summary: "The case's history as CSV (UTF-8 with BOM), oldest first" })
  async historyCsv(
    @CurrentUser() user: AuthUser,
    @Param('id', new ZodValidationPipe(idParamSchema)) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const csv = await this.history.csvOf(user, id);
    // Set only once there is a CSV: an error answer stays JSON.
    void reply.header('Content-Type', CSV_TYPE);
    void reply.header('Content-Disposition', `attachment; filename="case-${id}-history.csv"`);
    return csv;
  }
}
