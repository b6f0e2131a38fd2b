/** Why one line of an import file cannot be imported. */
export interface RegionImportProblem {
  line: number;
  /** The line's code as written; null when the problem is not one row's (the header). */
  code: string | null;
  message: string;
}
