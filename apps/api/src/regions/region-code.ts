import { REGION_LEVELS, type RegionLevel } from '@berdaya/db';

/** What an official code says: its level, and the code of the region it lies in. */
export interface RegionCode {
  level: RegionLevel;
  parentCode: string | null;
}

// Kemendagri's codes: two digits for a province, then two for a regency or city, two for a
// district and four for a village (33.74.01.1001).
const SHAPE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

export const REGION_CODE_SHAPE =
  'must be an official region code: 33 (province), 33.74 (regency or city), 33.74.01 (district) or 33.74.01.1001 (village)';

/** The level and parent of an official code, or undefined when the text is not one. */
export function parseRegionCode(code: string): RegionCode | undefined {
  if (!SHAPE.test(code)) return undefined;
  const segments = code.split('.');
  const level = REGION_LEVELS[segments.length - 1];
  if (level === undefined) return undefined;
  return {
    level,
    parentCode: segments.length === 1 ? null : segments.slice(0, -1).join('.'),
  };
}
