import { newRegion } from '@berdaya/db/testing';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';

interface RegionRecord {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
}

// Two districts of Semarang, one village in each, and a regency whose code starts like Semarang's.
const CODES = ['33.74.01.1001', '33.74.02.1001', '33.741.01.1001', '34.71.01.1001'];

describe('regions: read by everyone, written by admins', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let facilitator: SignedInUser;
  const ids = new Map<string, string>();

  const list = async (user: SignedInUser, filter: object, sort = ['code', 'ASC']) => {
    const query = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(sort),
    });
    const response = await user.inject({ method: 'GET', url: `/api/regions?${query.toString()}` });
    expect(response.statusCode).toBe(200);
    return response.json<RegionRecord[]>().map((region) => region.code);
  };

  beforeAll(async () => {
    api = await startTestApi();
    // Deleting a region that others lie in fails on purpose; TypeORM would print the statement.
    api.dataSource.setOptions({ logging: [] });
    admin = await api.loginAs({ role: 'admin' });
    facilitator = await api.loginAs({ role: 'facilitator' });
    for (const code of CODES) await newRegion(api.dataSource, code);
    const rows = await api.dataSource.query<{ id: string; code: string }[]>(
      'SELECT id, code FROM regions',
    );
    for (const row of rows) ids.set(row.code, row.id);
  });

  afterAll(() => api.close());

  it('lists a region and everything under it, and nothing that only starts alike', async () => {
    expect(await list(facilitator, { regionId: ids.get('33.74') })).toEqual([
      '33.74',
      '33.74.01',
      '33.74.01.1001',
      '33.74.02',
      '33.74.02.1001',
    ]);
  });

  it('lists the subtrees of several regions at once', async () => {
    expect(
      await list(facilitator, { regionId: [ids.get('33.74.02'), ids.get('34.71.01')] }),
    ).toEqual(['33.74.02', '33.74.02.1001', '34.71.01', '34.71.01.1001']);
  });

  it.each<[string, object, string[]]>([
    ['level', { level: 'regency' }, ['33.74', '33.741', '34.71']],
    ['parent', { parentId: '33' }, ['33.74', '33.741']],
    ['code', { code: '33.741' }, ['33.741']],
    ['a search in the code', { q: '.741' }, ['33.741', '33.741.01', '33.741.01.1001']],
    ['a search in the name', { q: 'wilayah 34.71.01' }, ['34.71.01', '34.71.01.1001']],
  ])('filters by %s', async (_name, filter, expected) => {
    const resolved = Object.fromEntries(
      Object.entries(filter).map(([key, value]) => [
        key,
        key === 'parentId' ? ids.get(value as string) : value,
      ]),
    );
    expect(await list(facilitator, resolved)).toEqual(expected);
  });

  it('gets one region by id', async () => {
    const response = await facilitator.inject({
      method: 'GET',
      url: `/api/regions/${ids.get('33.74.01')}`,
    });

    expect(response.json()).toEqual({
      id: ids.get('33.74.01'),
      code: '33.74.01',
      name: 'Wilayah 33.74.01',
      level: 'district',
      parentId: ids.get('33.74'),
    });
  });

  it('creates a region under its parent, taking the level from the code', async () => {
    const response = await admin.inject({
      method: 'POST',
      url: '/api/regions',
      payload: { code: '33.74.01.1002', name: 'Miroto' },
    });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: '33.74.01.1002',
      name: 'Miroto',
      level: 'village',
      parentId: ids.get('33.74.01'),
    });
  });

  it.each<[string, object, number, object]>([
    [
      'a code of the wrong shape',
      { code: '33.7401', name: 'X' },
      400,
      {
        fields: [
          {
            field: 'code',
            code: 'region_code_shape',
            message: expect.stringContaining('official region code') as string,
          },
        ],
      },
    ],
    [
      'a level the code contradicts',
      { code: '33.74.09', name: 'X', level: 'village' },
      400,
      {
        fields: [
          {
            field: 'level',
            code: 'region_level_by_code',
            params: { level: 'district', regionCode: '33.74.09' },
            message: 'must be district, as the code 33.74.09 says',
          },
        ],
      },
    ],
    [
      'a parent that does not exist',
      { code: '35.07', name: 'Kabupaten Malang' },
      422,
      {
        code: 'INVALID_FIELDS',
        fields: [
          {
            field: 'code',
            code: 'region_parent_missing',
            params: { parent: '35' },
            message: 'its parent region 35 does not exist',
          },
        ],
      },
    ],
    [
      'a code taken',
      { code: '33.74', name: 'Semarang' },
      409,
      {
        code: 'REGION_CODE_TAKEN',
        fields: [
          {
            field: 'code',
            code: 'region_code_taken',
            message: 'is already the code of another region',
          },
        ],
      },
    ],
  ])('refuses %s', async (_name, payload, status, body) => {
    const response = await admin.inject({ method: 'POST', url: '/api/regions', payload });

    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject(body);
  });

  it('renames a region, accepting the record sent back but not a new code', async () => {
    const id = ids.get('34.71') ?? '';
    const current = (
      await admin.inject({ method: 'GET', url: `/api/regions/${id}` })
    ).json<RegionRecord>();

    const renamed = await admin.inject({
      method: 'PUT',
      url: `/api/regions/${id}`,
      payload: { ...current, name: 'Kota Yogyakarta' },
    });
    const recoded = await admin.inject({
      method: 'PUT',
      url: `/api/regions/${id}`,
      payload: { ...current, code: '34.72' },
    });

    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ ...current, name: 'Kota Yogyakarta' });
    expect(recoded.statusCode).toBe(400);
    expect(recoded.json()).toMatchObject({
      fields: [{ field: 'code', code: 'region_fixed_by_code', params: { value: current.code } }],
    });
  });

  it('deletes a region nothing lies in, and refuses one that has regions under it', async () => {
    const leaf = ids.get('34.71.01.1001') ?? '';
    const parent = ids.get('34.71.01') ?? '';

    const refused = await admin.inject({ method: 'DELETE', url: `/api/regions/${parent}` });
    const deleted = await admin.inject({ method: 'DELETE', url: `/api/regions/${leaf}` });

    expect(refused.statusCode).toBe(409);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ code: '34.71.01.1001' });
    expect((await admin.inject({ method: 'GET', url: `/api/regions/${leaf}` })).statusCode).toBe(
      404,
    );
  });

  it('keeps writes to admins', async () => {
    const supervisor = await api.loginAs({ role: 'supervisor' });

    const response = await supervisor.inject({
      method: 'POST',
      url: '/api/regions',
      payload: { code: '36', name: 'Banten' },
    });

    expect(response.statusCode).toBe(403);
  });
});
