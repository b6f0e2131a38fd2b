import { sniffContentType } from './content-type.sniffer';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === 'string' ? part : part)));
const zipWith = (...names: string[]) =>
  bytes(...names.flatMap((name) => [[0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), name]));

describe('sniffContentType', () => {
  it.each<[string, Buffer, string]>([
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    [
      'a Word document',
      zipWith('[Content_Types].xml', '_rels/.rels', 'word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'an Excel workbook',
      zipWith('[Content_Types].xml', 'xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  ])('recognises %s', (_name, head, expected) => {
    expect(sniffContentType(head)).toBe(expected);
  });

  it.each<[string, Buffer]>([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['an HTML page', bytes('<!doctype html><script>alert(1)</script>')],
    ['a RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['any other zip', zipWith('payload.exe')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated PNG signature', bytes([0x89, 0x50, 0x4e])],
  ])('refuses %s', (_name, head) => {
    expect(sniffContentType(head)).toBeNull();
  });
});
