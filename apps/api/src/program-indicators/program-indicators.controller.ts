import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { IdParam } from '../common/validation/id-param.decorator';
import { programIndicatorsRecordSchema } from './program-indicators.record';
import { ProgramIndicatorsService } from './program-indicators.service';

@ApiTags('programs')
@Controller('programs')
export class ProgramIndicatorsController {
  constructor(private readonly indicators: ProgramIndicatorsService) {}

  @Get(':id/indicators')
  @ApiOperation({
    summary:
      "A program's latest indicators snapshot and its recent history; nulls until a first scheduled evaluation run",
  })
  @ApiOkResponse({
    description: 'The latest snapshot',
    schema: schemaRef(programIndicatorsRecordSchema),
  })
  @ApiNotFoundResponse({
    description: 'No such program among those the user sees',
    schema: schemaRef(errorBodySchema),
  })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.indicators.get(user, id);
  }
}
