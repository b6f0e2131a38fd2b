import { prepareDatabase } from '@berdaya/db';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { newRegion } from '@berdaya/db/testing';
import { whereProgramInScope } from './program-scope.query';
import { canSeeRecord } from './record-scope.rule';
import { whereRecordInScope } from './record-scope.query';
import type { UserScope } from './user-scope';

const WATER = randomUUID();
const SAVINGS = randomUUID();
const PATHS = ['33', '33.74', '33.74.01', '33.74.01.1001', '33.74.02.1002', '33.75.01.1003'];

describe('whereRecordInScope and whereProgramInScope, in PostgreSQL', () => {
  const databaseUrl = freshDatabaseUrl();
  let dataSource: DataSource;
  const regionIds = new Map<string, string>();
  // One record per program and region: whatever a user may see, some record tests it.
  const records = PATHS.flatMap((path) =>
    [WATER, SAVINGS].map((programId) => ({ programId, path })),
  );

  beforeAll(async () => {
    dataSource = await prepareDatabase({ databaseUrl });
    for (const path of PATHS) regionIds.set(path, (await newRegion(dataSource, path)).id);
    await dataSource.query(
      'CREATE TABLE scoped_records (program_id uuid NOT NULL, region_id uuid NOT NULL REFERENCES regions (id))',
    );
    for (const { programId, path } of records) {
      await dataSource.query('INSERT INTO scoped_records VALUES ($1, $2)', [
        programId,
        regionIds.get(path),
      ]);
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(databaseUrl);
  });

  const scopes: [string, UserScope][] = [
    ['an admin', { role: 'admin', programIds: [], regionPaths: [] }],
    [
      'a supervisor of one district',
      { role: 'supervisor', programIds: [WATER], regionPaths: ['33.74.01'] },
    ],
    [
      'a manager of both programs over two villages',
      {
        role: 'programManager',
        programIds: [WATER, SAVINGS],
        regionPaths: ['33.74.02.1002', '33.75.01.1003'],
      },
    ],
    [
      'a facilitator of a whole province',
      { role: 'facilitator', programIds: [SAVINGS], regionPaths: ['33'] },
    ],
    ['a viewer with no region', { role: 'viewer', programIds: [WATER], regionPaths: [] }],
  ];

  it.each(scopes)(
    'finds exactly what canSeeRecord lets %s see, by region id',
    async (_name, user) => {
      const query = dataSource
        .createQueryBuilder()
        .select('r.program_id', 'programId')
        .addSelect('g.path', 'path')
        .from('scoped_records', 'r')
        .innerJoin('regions', 'g', 'g.id = r.region_id');
      const found = await whereRecordInScope(query, user, {
        programId: 'r.program_id',
        regionId: 'r.region_id',
      }).getRawMany<{ programId: string; path: string }>();

      const expected = records.filter((record) =>
        canSeeRecord(user, { programId: record.programId, regionPath: record.path }),
      );
      expect(found).toHaveLength(expected.length);
      expect(found).toEqual(expect.arrayContaining(expected));
    },
  );

  it.each(scopes)('finds the same for %s by a joined region path', async (_name, user) => {
    const query = dataSource
      .createQueryBuilder()
      .select('r.program_id', 'programId')
      .addSelect('g.path', 'path')
      .from('scoped_records', 'r')
      .innerJoin('regions', 'g', 'g.id = r.region_id');
    const found = await whereRecordInScope(query, user, {
      programId: 'r.program_id',
      regionPath: 'g.path',
    }).getRawMany<{ programId: string; path: string }>();

    expect(found).toHaveLength(
      records.filter((record) =>
        canSeeRecord(user, { programId: record.programId, regionPath: record.path }),
      ).length,
    );
  });

  it('keeps a program filter to the programs assigned', async () => {
    const query = dataSource
      .createQueryBuilder()
      .select('DISTINCT r.program_id', 'programId')
      .from('scoped_records', 'r');
    const programsOf = async (user: UserScope) =>
      (
        await whereProgramInScope(query.clone(), user, 'r.program_id').getRawMany<{
          programId: string;
        }>()
      )
        .map((row) => row.programId)
        .sort();

    expect(await programsOf({ role: 'admin', programIds: [], regionPaths: [] })).toEqual(
      [WATER, SAVINGS].sort(),
    );
    expect(
      await programsOf({ role: 'supervisor', programIds: [SAVINGS], regionPaths: [] }),
    ).toEqual([SAVINGS]);
    expect(await programsOf({ role: 'supervisor', programIds: [], regionPaths: ['33'] })).toEqual(
      [],
    );
  });
});
