import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';
import {
  type NewRegion,
  newRegionSchema,
  type RegionChanges,
  regionChangesSchema,
} from './region-body.schema';
import { CsvBody, DryRunQuery } from './region-import.decorators';
import { regionImportReportSchema } from './region-import.report';
import { regionRecordSchema } from './region.record';
import { REGIONS_RESOURCE } from './regions.resource';
import { RegionsService } from './regions.service';

const record = { description: 'The region', schema: schemaRef(regionRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such region', ...error };

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({
    summary: 'List regions; `regionId` filters a region together with everything under it',
  })
  @ApiList(REGIONS_RESOURCE, regionRecordSchema)
  list(@ListQueryOf(REGIONS_RESOURCE) query: ListQuery) {
    return this.regions.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One region' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@IdParam() id: string) {
    return this.regions.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a region; its level and parent follow from its code' })
  @ApiBody({ schema: schemaRef(newRegionSchema) })
  @ApiCreatedResponse(record)
  @ApiConflictResponse({ description: 'Another region has this code', ...error })
  @ApiUnprocessableEntityResponse({ description: 'The parent region does not exist', ...error })
  create(@Body(new ZodValidationPipe(newRegionSchema)) input: NewRegion) {
    return this.regions.create(input);
  }

  @Post('import')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import regions from CSV (code,name[,level]), all or nothing',
    description:
      'Creates the regions of the file and renames those that exist, in one transaction. ' +
      'Each parent must be in the file or stored already. A file with any problem changes ' +
      'nothing and is answered 422 with every problem by line; `dryRun=true` writes nothing ' +
      'and answers what would happen.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example: 'code,name,level\n33,Jawa Tengah,province\n33.74,Kota Semarang,regency\n',
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ description: 'What was done', schema: schemaRef(regionImportReportSchema) })
  @ApiUnprocessableEntityResponse({
    description: 'The file has problems; nothing was imported (the report lists them)',
    schema: schemaRef(regionImportReportSchema),
  })
  import(@CsvBody() csv: string, @DryRunQuery() dryRun: boolean) {
    return this.regions.import(csv, dryRun);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a region (its code, and so its place, never change)' })
  @ApiBody({ schema: schemaRef(regionChangesSchema) })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  update(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(regionChangesSchema)) changes: RegionChanges,
  ) {
    return this.regions.update(id, changes);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Delete a region that nothing refers to' })
  @ApiOkResponse({ description: 'The region as it was', schema: schemaRef(regionRecordSchema) })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ description: 'Regions or cases still lie in it', ...error })
  delete(@IdParam() id: string) {
    return this.regions.delete(id);
  }
}
