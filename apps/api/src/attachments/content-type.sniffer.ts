/**
 * How many leading bytes `sniffContentType` needs to tell every accepted type apart; plain text,
 * which no signature marks, is told by all of its bytes (see PlainTextCheck).
 */
export const SNIFF_BYTES = 64 * 1024;

export const ACCEPTED_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
  'text/csv',
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

// C0 and C1 controls and DEL, but tab, LF and CR: a NUL or an escape means the file is not text.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Told by Node's documented code: the TypeError may come from another realm (as under jest).
const isInvalidEncoding = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

/**
 * Whether a file, fed chunk by chunk as it arrives, is plain text: UTF-8 (a leading BOM allowed)
 * without control characters but tab, LF and CR. Unlike a signature, this needs every byte.
 */
export class PlainTextCheck {
  // Streaming decodes a character split across two chunks whole; fatal throws on bad UTF-8.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private plain = true;

  push(chunk: Uint8Array): void {
    if (this.plain) this.plain = this.decodesPlain(chunk);
  }

  /** The verdict, once every byte was pushed: a file cut inside a character is not text. */
  end(): boolean {
    if (this.plain) this.plain = this.decodesPlain();
    return this.plain;
  }

  /** `chunk` decoded plain; without one, the bytes held back from the last chunk are. */
  private decodesPlain(chunk?: Uint8Array): boolean {
    try {
      const text = this.decoder.decode(chunk, { stream: chunk !== undefined });
      return !CONTROL_CHARACTER.test(text);
    } catch (error) {
      if (isInvalidEncoding(error)) return false;
      throw error;
    }
  }
}

// Plain text carries no signature: its declared name is all that tells notes from a list.
const TEXT_BY_EXTENSION: readonly [RegExp, AcceptedContentType][] = [
  [/\.txt$/i, 'text/plain'],
  [/\.csv$/i, 'text/csv'],
];

/** What the type of an upload is told from. */
export interface SniffedFile {
  /** Its first SNIFF_BYTES bytes. */
  head: Buffer;
  /** The name the client declared: only `.txt` or `.csv` makes plain text a document, and which. */
  fileName: string;
  /** Every byte passed PlainTextCheck. */
  plainText: boolean;
}

/** Plain text or CSV by the declared name, if the file is plain text and not empty. */
function sniffText({ head, fileName, plainText }: SniffedFile): AcceptedContentType | null {
  if (!plainText || head.length === 0) return null;
  return TEXT_BY_EXTENSION.find(([extension]) => extension.test(fileName))?.[1] ?? null;
}

/**
 * The type of a file by its bytes, or null for anything but the documents and images the api
 * keeps. The name and declared type a client sends are never trusted alone: a page or a program
 * renamed `.pdf` is still refused, and one renamed `.txt` is refused unless all its bytes are text.
 * A signature wins over the name: a PNG named `.txt` is a PNG.
 */
export function sniffContentType(file: SniffedFile): AcceptedContentType | null {
  const { head } = file;
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'image/webp';
  return sniffOfficeOpenXml(head) ?? sniffText(file);
}
