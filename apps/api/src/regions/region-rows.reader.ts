import type { RegionImportProblem } from '@berdaya/api-problems';
import type { CsvRow } from './csv.parser';

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
    return {
      rows: [],
      problems: [{ line: 1, code: null, problem: 'file_empty', message: 'the file is empty' }],
    };
  }
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const headerProblem = (
    problem: 'header_column_missing' | 'header_column_twice' | 'header_column_unknown',
    column: string,
    says: string,
  ): RegionImportProblem => ({
    line: header.line,
    code: null,
    problem,
    params: { column },
    message: `the header ${says}`,
  });
  const headerProblems = [
    ...REQUIRED.filter((column) => !names.includes(column)).map((column) =>
      headerProblem('header_column_missing', column, `has no "${column}" column`),
    ),
    ...names
      .filter((name, i) => !COLUMNS.includes(name) || names.indexOf(name) !== i)
      .map((name) =>
        COLUMNS.includes(name)
          ? headerProblem('header_column_twice', name, `names "${name}" twice`)
          : headerProblem(
              'header_column_unknown',
              name,
              `names "${name}", which is not a column; use code, name and optionally level`,
            ),
      ),
  ];
  if (headerProblems.length > 0) return { rows: [], problems: headerProblems };
  const at = (record: CsvRow, column: string) =>
    (names.includes(column) ? record.fields[names.indexOf(column)] : undefined)?.trim() ?? '';
  const rows: RegionImportRow[] = [];
  const problems: RegionImportProblem[] = [];
  for (const record of records) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        code: at(record, 'code') || null,
        problem: 'field_count',
        params: { count: record.fields.length, expected: names.length },
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
