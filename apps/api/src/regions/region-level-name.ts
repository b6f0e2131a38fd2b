import { REGION_LEVELS, type RegionLevel } from '@berdaya/db';

// The Indonesian words too: files exported from government lists use them.
const NAMES: Readonly<Record<string, RegionLevel>> = {
  ...Object.fromEntries(REGION_LEVELS.map((level) => [level, level])),
  provinsi: 'province',
  kabupaten: 'regency',
  kota: 'regency',
  'kabupaten/kota': 'regency',
  city: 'regency',
  kecamatan: 'district',
  desa: 'village',
  kelurahan: 'village',
  'desa/kelurahan': 'village',
};

export const REGION_LEVEL_NAMES = Object.keys(NAMES);

/** The level a name in an import file stands for (any case), or undefined. */
export function regionLevelNamed(name: string): RegionLevel | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
}
