export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A region as the API answers it. */
export interface Region {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentId: string | null;
}
