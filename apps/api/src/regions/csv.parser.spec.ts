import { CsvSyntaxError, parseCsv } from './csv.parser';

describe('parseCsv', () => {
  it.each<[string, string, { line: number; fields: string[] }[]]>([
    [
      'comma-separated lines',
      'code,name\n33,Jawa Tengah\n',
      [
        { line: 1, fields: ['code', 'name'] },
        { line: 2, fields: ['33', 'Jawa Tengah'] },
      ],
    ],
    [
      'CRLF, and no line break at the end',
      'a,b\r\nc,d',
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
      ],
    ],
    [
      'old Mac line breaks',
      'a\rb',
      [
        { line: 1, fields: ['a'] },
        { line: 2, fields: ['b'] },
      ],
    ],
    ['a byte-order mark', '\uFEFFcode,name\n', [{ line: 1, fields: ['code', 'name'] }]],
    [
      'quoted fields with commas, quotes and line breaks, keeping line numbers',
      'code,name\n33.74,"Semarang, Kota"\n33.75,"Kota ""Pekalongan""\nBaru"\n33.76,Tegal\n',
      [
        { line: 1, fields: ['code', 'name'] },
        { line: 2, fields: ['33.74', 'Semarang, Kota'] },
        { line: 3, fields: ['33.75', 'Kota "Pekalongan"\nBaru'] },
        { line: 5, fields: ['33.76', 'Tegal'] },
      ],
    ],
    ['empty fields', 'a,,\n', [{ line: 1, fields: ['a', '', ''] }]],
    [
      'blank lines, skipped but counted',
      'a\n\n  \nb\n',
      [
        { line: 1, fields: ['a'] },
        { line: 4, fields: ['b'] },
      ],
    ],
    [
      'semicolons, when the first line has more of them than commas',
      'code;name\n33;Jawa Tengah, Provinsi\n',
      [
        { line: 1, fields: ['code', 'name'] },
        { line: 2, fields: ['33', 'Jawa Tengah, Provinsi'] },
      ],
    ],
    ['nothing', '', []],
  ])('reads %s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('refuses a quoted field that is never closed, naming the line it starts on', () => {
    const read = () => parseCsv('code,name\n33,"Jawa Tengah\n34,Yogyakarta\n');

    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow('a quoted field is never closed');
    try {
      read();
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});
