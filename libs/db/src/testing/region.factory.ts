import type { DataSource } from 'typeorm';
import { REGION_LEVELS, RegionEntity } from '../entities/region.entity';

/**
 * A saved region with the official code given: its level follows from the code's depth and its
 * parent is the region one segment up, which must already be saved.
 */
export async function newRegion(dataSource: DataSource, code: string, name = `Wilayah ${code}`) {
  const segments = code.split('.');
  const regions = dataSource.getRepository(RegionEntity);
  const parent =
    segments.length > 1
      ? await regions.findOneByOrFail({ code: segments.slice(0, -1).join('.') })
      : null;
  return regions.save({
    code,
    path: code,
    name,
    level: REGION_LEVELS[segments.length - 1],
    parentId: parent?.id ?? null,
  });
}
