import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../common/errors/api.exception';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import type { AttachmentStorage, ReceivedFile } from './attachment.storage';

/** What POST /attachments was sent: its file already on disk under a temporary name. */
export interface AttachmentUpload {
  /** The `caseId` field as sent; the caller validates it. */
  caseId: string | undefined;
  fileName: string;
  file: ReceivedFile;
  /** The file went past the upload limit and was cut short. */
  truncated: boolean;
}

const statusOf = (error: Error): number | undefined =>
  'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;

/**
 * Only the last part of a path, without control characters: a name for a download, never a path.
 * Browsers send a bare name, but nothing stops a client from sending `../../etc/passwd`.
 */
function safeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 255) || 'file';
}

/**
 * Reads a multipart form of `caseId` and one `file`, streaming the file to a temporary file as it
 * arrives: an upload is never held in memory whole. The caller keeps or discards the file; if
 * reading fails, it is discarded here. The form's own problems (several files, a form that is not
 * multipart) are 400s naming `file`; the multipart plugin's limits keep their own status.
 */
export async function readAttachmentUpload(
  request: FastifyRequest,
  storage: AttachmentStorage,
): Promise<AttachmentUpload> {
  if (!request.isMultipart()) {
    throw new RequestValidationException([
      {
        field: 'file',
        code: 'file_required',
        message: 'is required: send it as multipart/form-data',
      },
    ]);
  }
  let caseId: string | undefined;
  let received: Omit<AttachmentUpload, 'caseId'> | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'caseId' && typeof part.value === 'string') caseId = part.value;
        continue;
      }
      if (part.fieldname !== 'file' || received) {
        throw new RequestValidationException([
          {
            field: 'file',
            code: 'one_file_only',
            message: 'send exactly one file, in the field named file',
          },
        ]);
      }
      const file = await storage.receive(part.file);
      received = { fileName: safeFileName(part.filename), file, truncated: part.file.truncated };
    }
  } catch (error) {
    if (received) await storage.discard(received.file.tempPath);
    if (error instanceof HttpException || !(error instanceof Error)) throw error;
    const status = statusOf(error);
    if (status === undefined || status >= 500) throw error;
    throw new ApiException(status, {
      code: 'FORM_UNREADABLE',
      message: `The form could not be read: ${error.message}`,
    });
  }
  if (!received) {
    throw new RequestValidationException([
      { field: 'file', code: 'file_required', message: 'is required' },
    ]);
  }
  return { caseId, ...received };
}
