import { PlainTextCheck, sniffContentType } from './content-type.sniffer';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === 'string' ? part : part)));
const zipWith = (...names: string[]) =>
  bytes(...names.flatMap((name) => [[0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), name]));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BOM = [0xef, 0xbb, 0xbf];

/** Whether `file` is plain text, fed in chunks of `size` bytes as an upload arrives. */
function plainTextIn(file: Buffer, size: number): boolean {
  const check = new PlainTextCheck();
  for (let at = 0; at < file.length; at += size) check.push(file.subarray(at, at + size));
  return check.end();
}

/** The type of `file` named `fileName`, as an upload of it is sniffed. */
const sniff = (file: Buffer, fileName = 'upload') =>
  sniffContentType({ head: file, fileName, plainText: plainTextIn(file, 4096) });

describe('sniffContentType', () => {
  it.each<[string, Buffer, string]>([
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['a PNG', bytes(PNG, [0, 0]), 'image/png'],
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
  ])('recognises %s', (_name, file, expected) => {
    expect(sniff(file)).toBe(expected);
  });

  it.each<[string, Buffer]>([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['an HTML page', bytes('<!doctype html><script>alert(1)</script>')],
    ['a RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['any other zip', zipWith('payload.exe')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated PNG signature', bytes([0x89, 0x50, 0x4e])],
  ])('refuses %s', (_name, file) => {
    expect(sniff(file)).toBeNull();
  });

  describe('plain text, told by its name and every one of its bytes', () => {
    it.each<[string, Buffer, string, string]>([
      [
        'meeting notes',
        bytes('Rapat desa\r\n\t- irigasi: Pak Budi\n'),
        'notulen.txt',
        'text/plain',
      ],
      ['a participant list', bytes('nama,peran\nSiti,ketua\n'), 'peserta.csv', 'text/csv'],
      ['an upper-case extension', bytes('nama;peran\n'), 'PESERTA.CSV', 'text/csv'],
      ['text with a UTF-8 BOM', bytes(BOM, 'Catatan kegiatan\n'), 'catatan.txt', 'text/plain'],
      ['non-Latin text', bytes('Gotong royong — ꦒꦺꦴꦠꦺꦴꦁ 🌾\n'), 'notes.txt', 'text/plain'],
      ['a PNG named .txt, by its signature', bytes(PNG, 'IHDR'), 'foto.txt', 'image/png'],
      ['a PDF named .csv, by its signature', bytes('%PDF-1.7\n'), 'data.csv', 'application/pdf'],
    ])('recognises %s', (_name, file, fileName, expected) => {
      expect(sniff(file, fileName)).toBe(expected);
    });

    it.each<[string, Buffer, string]>([
      ['text named anything else', bytes('nama,peran\n'), 'peserta.md'],
      ['text without a name that says so', bytes('nama,peran\n'), 'peserta.csv.exe'],
      ['a NUL byte', bytes('nama,peran\n', [0], 'Siti\n'), 'peserta.csv'],
      ['an escape character', bytes('\u001b[31mmerah\n'), 'notes.txt'],
      ['a C1 control character', bytes('catatan \u0085 akhir\n'), 'notes.txt'],
      ['Latin-1, which is not UTF-8', bytes('caf', [0xe9], '\n'), 'notes.txt'],
      ['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80]), 'notes.txt'],
      ['a file cut inside a character', bytes('harga €', [0xe2, 0x82]), 'notes.txt'],
      ['an executable renamed .txt', bytes('MZ', [0x90, 0, 3, 0], 'This program'), 'a.txt'],
      ['a zip renamed .csv', zipWith('payload.exe'), 'peserta.csv'],
      ['an empty file', Buffer.alloc(0), 'kosong.txt'],
    ])('refuses %s', (_name, file, fileName) => {
      expect(sniff(file, fileName)).toBeNull();
    });
  });
});

describe('PlainTextCheck', () => {
  const text = bytes(BOM, 'Rp 10.000 — ', 'ꦱꦼꦒꦺꦴ'.repeat(100), ' 🌾\n');

  // Chunk boundaries fall inside the BOM and inside two-, three- and four-byte characters.
  it.each([1, 2, 3, 5, 7, 64 * 1024])('reads text cut into chunks of %i bytes', (size) => {
    expect(plainTextIn(text, size)).toBe(true);
  });

  it('stays refused once a bad byte was seen, whatever follows', () => {
    expect(plainTextIn(bytes('a', [0xff], 'b'.repeat(10_000)), 1)).toBe(false);
    expect(plainTextIn(bytes('b'.repeat(100_000), [0]), 4096)).toBe(false);
  });
});
