import type { ParamsPart } from './coded';

/**
 * Why a line of a region import file cannot be imported, as codes any client can put in its own
 * words; each lists the params its problem carries (`{ line, code, problem, params, message }`).
 */
export const REGION_IMPORT_PROBLEMS = {
  // The file and its header line.
  file_empty: [],
  quote_not_closed: [],
  header_column_missing: ['column'],
  header_column_twice: ['column'],
  header_column_unknown: ['column'],
  // One row.
  field_count: ['count', 'expected'],
  code_shape: [],
  code_repeated: ['line'],
  name_empty: [],
  level_unknown: ['level'],
  level_not_of_code: ['level', 'expected'],
  parent_missing: ['parent'],
} as const satisfies Record<string, readonly string[]>;

export type RegionImportProblemCode = keyof typeof REGION_IMPORT_PROBLEMS;

/**
 * One problem of an import file: its line, the region code written on it (null when the problem
 * is not one row's), why, and in English.
 */
export type RegionImportProblem = {
  [C in RegionImportProblemCode]: {
    line: number;
    code: string | null;
    problem: C;
    message: string;
  } & ParamsPart<(typeof REGION_IMPORT_PROBLEMS)[C]>;
}[RegionImportProblemCode];
