import { RegionEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { PlannedRegion, StoredRegion } from './region-import.plan';
import { REGIONS_RESOURCE } from './regions.resource';

// Rows per INSERT: a whole province's villages go in a few statements, each well under
// PostgreSQL's limits, and an error still names a bounded batch.
const BATCH_SIZE = 5000;

export interface NewRegionRow {
  code: string;
  name: string;
  level: PlannedRegion['level'];
  parentId: string | null;
}

@Injectable()
export class RegionsRepository {
  constructor(@InjectRepository(RegionEntity) private readonly rows: Repository<RegionEntity>) {}

  findPage(query: ListQuery): Promise<ListPage<RegionEntity>> {
    return findListPage(this.rows.createQueryBuilder('r'), REGIONS_RESOURCE, query, (page) =>
      (page as SelectQueryBuilder<RegionEntity>).getMany(),
    );
  }

  findById(id: string): Promise<RegionEntity | null> {
    return this.rows.findOneBy({ id });
  }

  findByCode(code: string): Promise<RegionEntity | null> {
    return this.rows.findOneBy({ code });
  }

  /** Inserts the region (its path is its code); answers its id. */
  async insert(region: NewRegionRow): Promise<string> {
    const result = await this.rows.insert({ ...region, path: region.code });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateName(id: string, name: string): Promise<void> {
    await this.rows.update({ id }, { name });
  }

  async delete(id: string): Promise<void> {
    await this.rows.delete({ id });
  }

  /** The stored regions among `codes`, by code, each with its parent's code. */
  async findStoredByCodes(codes: readonly string[]): Promise<Map<string, StoredRegion>> {
    const rows = await this.rows.query<StoredRegion[]>(
      `SELECT r.code, r.name, r.level, p.code AS "parentCode"
         FROM regions r LEFT JOIN regions p ON p.id = r.parent_id
        WHERE r.code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row]));
  }

  /** Keeps the regions with these codes from being deleted until the transaction ends. */
  async lockByCodes(tx: EntityManager, codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    await tx.query('SELECT 1 FROM regions WHERE code = ANY($1::text[]) FOR KEY SHARE', [codes]);
  }

  /**
   * Inserts the regions, or updates those whose code exists, in batches; each parent is found by
   * its code, so it must be written before (an earlier call in the same transaction will do).
   * Answers how many rows were created and how many changed.
   */
  async upsert(
    tx: EntityManager,
    regions: readonly PlannedRegion[],
  ): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (let start = 0; start < regions.length; start += BATCH_SIZE) {
      const batch = regions.slice(start, start + BATCH_SIZE);
      const written = await tx.query<{ created: boolean }[]>(
        `INSERT INTO regions (code, path, name, level, parent_id)
         SELECT given.code, given.code, given.name, given.level, parent.id
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
                  AS given(code, name, level, parent_code)
           LEFT JOIN regions parent ON parent.code = given.parent_code
         ON CONFLICT (code) DO UPDATE
            SET name = EXCLUDED.name, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id,
                updated_at = now()
          WHERE (regions.name, regions.level, regions.parent_id)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_id)
         RETURNING xmax = 0 AS created`,
        [
          batch.map((region) => region.code),
          batch.map((region) => region.name),
          batch.map((region) => region.level),
          batch.map((region) => region.parentCode),
        ],
      );
      // xmax is 0 on a row this statement inserted; an updated row carries this transaction's id.
      for (const row of written) {
        if (row.created) created++;
        else updated++;
      }
    }
    return { created, updated };
  }
}
