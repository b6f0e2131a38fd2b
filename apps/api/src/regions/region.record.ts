import { REGION_LEVELS, type RegionEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A region as the api answers it. */
export const regionRecordSchema = documented(
  'Region',
  z.object({
    id: z.uuid(),
    code: z.string().meta({ example: '33.74.01.1001' }),
    name: z.string().meta({ example: 'Sumurboto' }),
    level: z.enum(REGION_LEVELS),
    parentId: z.uuid().nullable().meta({ description: 'Null for a province' }),
  }),
);
export type RegionRecord = z.infer<typeof regionRecordSchema>;

export function toRegionRecord(region: RegionEntity): RegionRecord {
  return {
    id: region.id,
    code: region.code,
    name: region.name,
    level: region.level,
    parentId: region.parentId,
  };
}
