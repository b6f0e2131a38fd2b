import type { RegionLevel } from '@berdaya/empowerment';

/** A region as the API answers it. */
export interface Region {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentId: string | null;
}
