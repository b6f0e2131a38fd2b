import { REGION_LEVELS, RegionEntity } from '../entities/region.entity';
import type { DataSource } from 'typeorm';

/**
 * The saved region with this code, created if missing together with every region above it (each
 * named `Wilayah <code>` unless it is the one asked for and `name` is given). The level follows
 * from the code's depth; any digits-and-dots code goes, official width or not, as the database
 * allows it.
 */
export async function newRegion(
  dataSource: DataSource,
  code: string,
  name = `Wilayah ${code}`,
): Promise<RegionEntity> {
  const regions = dataSource.getRepository(RegionEntity);
  const existing = await regions.findOneBy({ code });
  if (existing) return existing;
  const segments = code.split('.');
  const level = REGION_LEVELS[segments.length - 1];
  if (level === undefined) throw new Error(`newRegion: ${code} is deeper than a village`);
  const parent =
    segments.length === 1 ? null : await newRegion(dataSource, segments.slice(0, -1).join('.'));
  return regions.save({ code, path: code, name, level, parentId: parent?.id ?? null });
}
