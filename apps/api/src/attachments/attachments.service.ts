import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import type { AttachmentEntity } from '@berdaya/db';
import { HttpStatus, Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { FieldProblem } from '../common/validation/field-problem';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import { type AttachmentUpload, readAttachmentUpload } from './attachment-upload.reader';
import { AttachmentStorage } from './attachment.storage';
import { type AttachmentRecord, toAttachmentRecord } from './attachment.record';
import { AttachmentsRepository } from './attachments.repository';
import { type AcceptedContentType, sniffContentType } from './content-type.sniffer';

type Actor = UserScope & { id: string };

const MIB = 1024 * 1024;
const caseIdSchema = z.uuid();

const sizeText = (bytes: number) =>
  bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes.toLocaleString('en')} bytes`;

/** RFC 6266's `filename*`, which carries any name (spaces, non-Latin scripts) safely. */
const contentDisposition = (fileName: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )}`;

/**
 * Evidence and documents kept with a case: exactly as visible as the case. An upload is checked
 * (its form, its size, its type by its bytes, its case) after it is on disk under a temporary
 * name, and only then renamed to its key and recorded, so no row names a missing file and no
 * refused upload leaves one behind.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AttachmentsRepository,
    private readonly storage: AttachmentStorage,
    private readonly cases: CaseScopeRepository,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<ListPage<AttachmentRecord>> {
    return (await this.repository.findPageVisibleTo(actor, query)).map(toAttachmentRecord);
  }

  async get(actor: Actor, id: string): Promise<AttachmentRecord> {
    return toAttachmentRecord(await this.findVisible(actor, id));
  }

  async content(actor: Actor, id: string): Promise<StreamableFile> {
    const attachment = await this.findVisible(actor, id);
    const stored = await this.storage.open(attachment.storageKey);
    return new StreamableFile(stored.stream, {
      type: attachment.contentType,
      length: stored.sizeBytes,
      disposition: contentDisposition(attachment.fileName),
    });
  }

  async upload(actor: Actor, request: FastifyRequest): Promise<AttachmentRecord> {
    const upload = await readAttachmentUpload(request, this.storage);
    let key: string | undefined;
    try {
      const { caseId, contentType } = this.check(upload);
      const subject = await this.cases.findVisibleCase(actor, caseId);
      if (!subject) throw new CaseNotInScopeException();
      key = await this.storage.keep(upload.file.tempPath);
      const saved = await this.repository.insert({
        caseId: subject.id,
        fileName: upload.fileName,
        contentType,
        sizeBytes: upload.file.sizeBytes,
        sha256: upload.file.sha256,
        storageKey: key,
        uploadedBy: actor.id,
      });
      return toAttachmentRecord(saved);
    } catch (error) {
      await this.storage.discard(upload.file.tempPath);
      if (key !== undefined) await this.storage.remove(key);
      throw error;
    }
  }

  private async findVisible(actor: Actor, id: string): Promise<AttachmentEntity> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'ATTACHMENT_NOT_FOUND',
        params: { id },
        message: `attachment ${id} not found`,
      });
    }
    return found;
  }

  /** The upload's case and sniffed type, once its size, caseId and type are acceptable. */
  private check(upload: AttachmentUpload): { caseId: string; contentType: AcceptedContentType } {
    if (upload.truncated) {
      const limit = sizeText(this.config.uploadMaxBytes);
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, {
        code: 'FILE_TOO_LARGE',
        params: { limit },
        message: `file: is larger than the limit of ${limit}`,
      });
    }
    const caseId = caseIdSchema.safeParse(upload.caseId);
    if (!caseId.success) {
      throw new RequestValidationException([
        upload.caseId === undefined
          ? { field: 'caseId', code: 'required', message: 'is required' }
          : { field: 'caseId', code: 'not_uuid', message: 'must be an id (a uuid)' },
      ]);
    }
    const contentType = sniffContentType({ ...upload.file, fileName: upload.fileName });
    if (!contentType) {
      const fields: FieldProblem[] = [
        { field: 'file', code: 'file_type', message: 'is not a document or image the api accepts' },
      ];
      throw new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        {
          code: 'FILE_TYPE_NOT_ACCEPTED',
          message:
            'file: must be a PDF, PNG, JPEG or WebP file, a Word or Excel document, ' +
            'or plain text or CSV in UTF-8 named .txt or .csv',
        },
        { fields },
      );
    }
    return { caseId: caseId.data, contentType };
  }
}
