import type { RegionImportProblemCode } from '@berdaya/api-problems';
import type { RegionImportError } from './region-import-report';

/** A problem of one line of an import file, as the panel says it. */
export interface RegionImportProblem {
  line: number;
  code: string | null;
  /** The column at fault: code, name, level; the row or the header when it is not one column. */
  field: 'code' | 'name' | 'level' | 'row' | 'header' | 'file';
  /** A translation key and its arguments, or the API's own words when the panel does not know them. */
  key?: string;
  args?: Record<string, string | number>;
  message: string;
}

// The column each problem of the api's catalog (REGION_IMPORT_PROBLEMS) concerns.
const COLUMNS: Readonly<Record<RegionImportProblemCode, RegionImportProblem['field']>> = {
  file_empty: 'file',
  quote_not_closed: 'row',
  header_column_missing: 'header',
  header_column_twice: 'header',
  header_column_unknown: 'header',
  field_count: 'row',
  code_shape: 'code',
  code_repeated: 'code',
  name_empty: 'name',
  level_unknown: 'level',
  level_not_of_code: 'level',
  parent_missing: 'code',
};

const isKnown = (problem: unknown): problem is RegionImportProblemCode =>
  typeof problem === 'string' && Object.hasOwn(COLUMNS, problem);

/** Where a problem is and which message says it, by its code; a code unknown here keeps the api's words. */
export function describeImportError(error: RegionImportError): RegionImportProblem {
  const { line, code, problem, params, message } = error;
  if (!isKnown(problem)) return { line, code, field: 'row', message };
  return {
    line,
    code,
    field: COLUMNS[problem],
    key: `berdaya.regions.import.problems_list.${problem}`,
    ...(params && { args: params }),
    message,
  };
}
