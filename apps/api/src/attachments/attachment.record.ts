import type { AttachmentEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** An attachment's metadata as the api answers it; the bytes are at `/attachments/:id/content`. */
export const attachmentRecordSchema = documented(
  'Attachment',
  z.object({
    id: z.uuid(),
    caseId: z.uuid().nullable(),
    fileName: z.string(),
    contentType: z.string().meta({ description: 'Sniffed from the bytes, not as declared' }),
    sizeBytes: z.number().int(),
    sha256: z.string().meta({ description: 'Lower-case hex' }),
    uploadedBy: z.uuid(),
    createdAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

export function toAttachmentRecord(attachment: AttachmentEntity): AttachmentRecord {
  return {
    id: attachment.id,
    caseId: attachment.caseId,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    uploadedBy: attachment.uploadedBy,
    createdAt: attachment.createdAt.toISOString(),
  };
}
