import type { CsvRow } from './csv.parser';
import type { RegionImportProblem } from './region-import-problem';

/** One row of an import file, as written (trimmed). */
export interface RegionImportRow {
  line: number;
  code: string;
  name: string;
  /** Empty when the file has no level column or leaves it blank. */
  level: string;
}

const REQUIRED = ['code', 'name'] as const;
const COLUMNS: readonly string[] = [...REQUIRED, 'level'];

/**
 * Reads the rows of an import file by its header line, which names the columns `code`, `name`
 * and optionally `level`, in any order and case. A header naming anything else, or a row with
 * another number of fields, is a problem; what the values mean is planRegionImport's to check.
 */
export function readRegionRows(csv: readonly CsvRow[]): {
  rows: RegionImportRow[];
  problems: RegionImportProblem[];
} {
  const [header, ...records] = csv;
  if (!header) {
    return { rows: [], problems: [{ line: 1, code: null, message: 'the file is empty' }] };
  }
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const headerProblems = [
    ...REQUIRED.filter((column) => !names.includes(column)).map(
      (column) => `has no "${column}" column`,
    ),
    ...names
      .filter((name, i) => !COLUMNS.includes(name) || names.indexOf(name) !== i)
      .map((name) =>
        COLUMNS.includes(name)
          ? `names "${name}" twice`
          : `names "${name}", which is not a column; use code, name and optionally level`,
      ),
  ];
  if (headerProblems.length > 0) {
    return {
      rows: [],
      problems: headerProblems.map((problem) => ({
        line: header.line,
        code: null,
        message: `the header ${problem}`,
      })),
    };
  }
  const at = (record: CsvRow, column: string) =>
    (names.includes(column) ? record.fields[names.indexOf(column)] : undefined)?.trim() ?? '';
  const rows: RegionImportRow[] = [];
  const problems: RegionImportProblem[] = [];
  for (const record of records) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        code: at(record, 'code') || null,
        message: `has ${record.fields.length} fields where the header has ${names.length}`,
      });
      continue;
    }
    rows.push({
      line: record.line,
      code: at(record, 'code'),
      name: at(record, 'name'),
      level: at(record, 'level'),
    });
  }
  return { rows, problems };
}
