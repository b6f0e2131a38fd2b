import { csvLine } from './csv-line';

describe('csvLine', () => {
  it('quotes only fields holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere"\r\n',
    );
  });

  it('writes null as empty, dates as ISO instants, numbers and booleans as text', () => {
    expect(csvLine([null, new Date('2026-03-01T02:00:00Z'), 3, false])).toBe(
      ',2026-03-01T02:00:00.000Z,3,false\r\n',
    );
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvLine(['=1+1', '@SUM(A1)', 'Desa Maju'])).toBe("'=1+1,'@SUM(A1),Desa Maju\r\n");
  });
});
