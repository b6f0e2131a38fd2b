import type { RegionImportError } from './region-import-report';

/** A problem of one line of an import file, as the panel says it. */
export interface RegionImportProblem {
  line: number;
  code: string | null;
  /** The column at fault: code, name, level; the row or the header when it is not one column. */
  field: 'code' | 'name' | 'level' | 'row' | 'header' | 'file';
  /** A translation key and its arguments, or the API's own words when the panel does not know them. */
  key?: string;
  args?: Record<string, string>;
  message: string;
}

// The API's messages (apps/api/src/regions/region-import.plan.ts, region-rows.reader.ts), which
// are English, matched to the column they concern and to a message in the user's language.
const PATTERNS: {
  pattern: RegExp;
  field: RegionImportProblem['field'];
  key?: string;
  args?: (match: RegExpMatchArray) => Record<string, string>;
}[] = [
  { pattern: /^the code must be an official region code/, field: 'code', key: 'invalid_code' },
  {
    pattern: /^the code appears already on line (\d+)/,
    field: 'code',
    key: 'duplicate_code',
    args: (match) => ({ line: match[1] }),
  },
  { pattern: /^the name is empty/, field: 'name', key: 'name_empty' },
  {
    pattern: /^the level "(.*)" is none of/,
    field: 'level',
    key: 'level_unknown',
    args: (match) => ({ level: match[1] }),
  },
  {
    pattern: /^the level is (\w+), but the code is a (\w+)'s/,
    field: 'level',
    key: 'level_mismatch',
    args: (match) => ({ level: match[1], expected: match[2] }),
  },
  {
    pattern: /^its parent (\S+) is neither in the file nor stored/,
    field: 'code',
    key: 'parent_missing',
    args: (match) => ({ parent: match[1] }),
  },
  {
    pattern: /^has (\d+) fields where the header has (\d+)/,
    field: 'row',
    key: 'field_count',
    args: (match) => ({ count: match[1], expected: match[2] }),
  },
  { pattern: /^the header /, field: 'header' },
  { pattern: /^the file is empty/, field: 'file', key: 'file_empty' },
];

export function describeImportError(error: RegionImportError): RegionImportProblem {
  for (const { pattern, field, key, args } of PATTERNS) {
    const match = error.message.match(pattern);
    if (match) {
      return {
        ...error,
        field,
        ...(key && { key: `berdaya.regions.import.problems_list.${key}` }),
        ...(args && { args: args(match) }),
      };
    }
  }
  return { ...error, field: 'row' };
}
