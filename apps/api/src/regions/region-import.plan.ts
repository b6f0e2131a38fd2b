import type { RegionImportProblem } from '@berdaya/api-problems';
import type { RegionLevel } from '@berdaya/db';
import { parseRegionCode, REGION_CODE_SHAPE } from './region-code';
import { REGION_LEVEL_NAMES, regionLevelNamed } from './region-level-name';
import type { RegionImportRow } from './region-rows.reader';

/** A region already stored, as an import compares it. */
export interface StoredRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export type RegionChange = 'create' | 'update' | 'unchanged';

/** A region as the file has it: level and parent follow from its code. */
export interface PlannedRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  change: RegionChange;
}

export interface RegionImportPlan {
  /** In the order of the file; empty when there are problems, as nothing may be imported then. */
  regions: PlannedRegion[];
  problems: RegionImportProblem[];
  counts: Record<RegionChange, number>;
  /** The parents that are not in the file, so must stay in the database while it is written. */
  storedParentCodes: string[];
}

function changeOf(planned: Omit<PlannedRegion, 'change'>, stored?: StoredRegion): RegionChange {
  if (!stored) return 'create';
  const same =
    stored.name === planned.name &&
    stored.level === planned.level &&
    stored.parentCode === planned.parentCode;
  return same ? 'unchanged' : 'update';
}

/**
 * Checks an import against itself and against the regions stored (`stored`, by code, holding at
 * least every code and parent code of the file), and says what it would create and update.
 * Every row's problems are reported, each on its own; a parent must be in the file or stored.
 */
export function planRegionImport(
  rows: readonly RegionImportRow[],
  stored: ReadonlyMap<string, StoredRegion>,
): RegionImportPlan {
  const problems: RegionImportProblem[] = [];
  const firstLineOf = new Map<string, number>();
  const accepted: Omit<PlannedRegion, 'change'>[] = [];
  const at = (row: RegionImportRow) => ({ line: row.line, code: row.code });

  for (const row of rows) {
    const before = problems.length;
    const firstLine = firstLineOf.get(row.code);
    if (firstLine !== undefined) {
      problems.push({
        ...at(row),
        problem: 'code_repeated',
        params: { line: firstLine },
        message: `the code appears already on line ${firstLine}`,
      });
      continue;
    }
    firstLineOf.set(row.code, row.line);
    const code = parseRegionCode(row.code);
    if (!code) {
      problems.push({
        ...at(row),
        problem: 'code_shape',
        message: `the code ${REGION_CODE_SHAPE}`,
      });
    }
    if (row.name === '') {
      problems.push({ ...at(row), problem: 'name_empty', message: 'the name is empty' });
    }
    if (row.level !== '') {
      const level = regionLevelNamed(row.level);
      if (!level) {
        problems.push({
          ...at(row),
          problem: 'level_unknown',
          params: { level: row.level },
          message: `the level "${row.level}" is none of ${REGION_LEVEL_NAMES.join(', ')}`,
        });
      } else if (code && level !== code.level) {
        problems.push({
          ...at(row),
          problem: 'level_not_of_code',
          params: { level, expected: code.level },
          message: `the level is ${level}, but the code is a ${code.level}'s`,
        });
      }
    }
    if (code && problems.length === before)
      accepted.push({ code: row.code, name: row.name, ...code });
  }

  const storedParentCodes = new Set<string>();
  for (const region of accepted) {
    const { parentCode } = region;
    if (parentCode === null || firstLineOf.has(parentCode)) continue;
    if (stored.has(parentCode)) storedParentCodes.add(parentCode);
    else {
      problems.push({
        line: firstLineOf.get(region.code) ?? 0,
        code: region.code,
        problem: 'parent_missing',
        params: { parent: parentCode },
        message: `its parent ${parentCode} is neither in the file nor stored`,
      });
    }
  }

  const planned = accepted.map((region) => ({
    ...region,
    change: changeOf(region, stored.get(region.code)),
  }));
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const region of planned) counts[region.change]++;
  return {
    regions: problems.length === 0 ? planned : [],
    problems: problems.sort((a, b) => a.line - b.line),
    counts,
    storedParentCodes: [...storedParentCodes],
  };
}
