/** How many leading bytes `sniffContentType` needs to tell every accepted type apart. */
export const SNIFF_BYTES = 64 * 1024;

export const ACCEPTED_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

const startsWith = (head: Buffer, signature: readonly number[], at = 0) =>
  head.length >= at + signature.length && signature.every((byte, i) => head[at + i] === byte);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/**
 * A Word or Excel file is a zip whose first entries are `[Content_Types].xml` and the parts of its
 * kind (`word/…`, `xl/…`); Office and LibreOffice write those first, so the start of the file is
 * enough. Any other zip (an archive that could carry anything) is not accepted.
 */
function sniffOfficeOpenXml(head: Buffer): AcceptedContentType | null {
  if (!startsWith(head, ZIP_LOCAL_HEADER)) return null;
  const names = head.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  if (names.includes('xl/workbook.xml')) {
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/**
 * The type of a file by its first bytes, or null for anything but the documents and images the
 * api keeps. The name and declared type a client sends are never trusted: a page or a program
 * renamed `.pdf` is still refused.
 */
export function sniffContentType(head: Buffer): AcceptedContentType | null {
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'image/webp';
  return sniffOfficeOpenXml(head);
}
