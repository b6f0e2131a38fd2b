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

export interface RegionImportError {
  line: number;
  code: string | null;
  message: string;
}

export const isRegionImportReport = (value: unknown): value is RegionImportReport =>
  typeof value === 'object' &&
  value !== null &&
  'errors' in value &&
  Array.isArray(value.errors) &&
  'rows' in value &&
  typeof value.rows === 'number';
