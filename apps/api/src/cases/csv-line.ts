/** Excel reads a CSV as the machine's code page unless it starts with UTF-8's byte order mark. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | Date | null;

// Excel runs a cell starting with one of these as a formula; a group name typed as
// `=HYPERLINK(...)` must open as text, so such a cell gets a leading apostrophe (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null) return '';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record as RFC 4180 writes it: quoted only where needed, ended by CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}
