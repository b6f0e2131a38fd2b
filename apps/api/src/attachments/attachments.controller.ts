import { Controller, Get, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { errorBodySchema } from '../common/errors/error-body.schema';
import { schemaRef } from '../common/openapi/api-schemas';
import { ApiList } from '../common/simple-rest/api-list.decorator';
import type { ListQuery } from '../common/simple-rest/list-query';
import { ListQueryOf } from '../common/simple-rest/list-query.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { attachmentRecordSchema } from './attachment.record';
import { ATTACHMENTS_RESOURCE } from './attachments.resource';
import { AttachmentsService } from './attachments.service';

const record = { description: 'The attachment', schema: schemaRef(attachmentRecordSchema) };
const error = { schema: schemaRef(errorBodySchema) };
const notFound = { description: 'No such attachment among the cases the user sees', ...error };
const uploadForm = {
  type: 'object',
  required: ['caseId', 'file'],
  properties: {
    caseId: { type: 'string', format: 'uuid' },
    file: { type: 'string', format: 'binary' },
  },
};

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Attachments of the cases in scope' })
  @ApiList(ATTACHMENTS_RESOURCE, attachmentRecordSchema)
  list(@CurrentUser() user: AuthUser, @ListQueryOf(ATTACHMENTS_RESOURCE) query: ListQuery) {
    return this.attachments.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One attachment of a case in scope' })
  @ApiOkResponse(record)
  @ApiNotFoundResponse(notFound)
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.attachments.get(user, id);
  }

  @Get(':id/content')
  @ApiOperation({ summary: "The attachment's file, as a download" })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with the content type they were sniffed as' })
  @ApiNotFoundResponse(notFound)
  content(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.attachments.content(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Upload a document or image to a case' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: uploadForm })
  @ApiCreatedResponse(record)
  @ApiPayloadTooLargeResponse({ description: 'The file is over UPLOAD_MAX_BYTES', ...error })
  @ApiUnsupportedMediaTypeResponse({ description: 'The bytes are of no accepted type', ...error })
  @ApiUnprocessableEntityResponse({ description: 'caseId names no case in scope', ...error })
  upload(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    return this.attachments.upload(user, request);
  }
}
