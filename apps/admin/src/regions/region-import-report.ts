/** What POST /api/regions/import answers (with `dryRun`, what it would do). */
export interface RegionImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: RegionImportError[];
}

/** One problem of the file: its line, the region code on it, why (a REGION_IMPORT_PROBLEMS code). */
export interface RegionImportError {
  line: number;
  code: string | null;
  problem?: string;
  params?: Record<string, string | number>;
  message: string;
}

export const isRegionImportReport = (value: unknown): value is RegionImportReport =>
  typeof value === 'object' &&
  value !== null &&
  'errors' in value &&
  Array.isArray(value.errors) &&
  'rows' in value &&
  typeof value.rows === 'number';
