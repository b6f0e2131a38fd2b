import { newDefinition } from '../testing/workflow-definition.factory';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';

interface Row {
  id: string;
  definitionId: string;
  version: number;
  status: string;
  name: { en: string; id: string };
  createdAt: string;
}

const BUILT_IN = ['empowerment-default@1', 'five-activities@1', 'six-steps@1'];
const PILOTS = Array.from({ length: 20 }, (_, i) => `pilot-${String(i + 1).padStart(2, '0')}`);
const TOTAL = BUILT_IN.length + 6 + PILOTS.length;

describe("the workflow-definitions list, in react-admin's simple REST protocol", () => {
  let api: TestApi;
  let admin: SignedInUser;

  async function list(params: Record<string, unknown> = {}) {
    const query = new URLSearchParams(
      Object.entries(params).map(([name, value]): [string, string] => [
        name,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    );
    const response = await admin.inject({
      method: 'GET',
      url: `/api/workflow-definitions?${query.toString()}`,
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.json<unknown>(),
      rows: response.statusCode === 200 ? response.json<Row[]>() : [],
      contentRange: response.headers['content-range'],
    };
  }
  const ids = (rows: Row[]) => rows.map((row) => row.id);

  async function create(id: string, version: number, name: { en: string; id: string }) {
    const response = await admin.inject({
      method: 'POST',
      url: '/api/workflow-definitions',
      payload: newDefinition({ id, version, name }),
    });
    expect(response.statusCode).toBe(201);
  }
  const act = (key: string, action: 'publish' | 'retire') =>
    admin.inject({ method: 'POST', url: `/api/workflow-definitions/${key}/${action}` });
  const createdOn = (key: string, date: string) => {
    const [id, version] = key.split('@');
    return api.dataSource.query(
      'UPDATE workflow_definitions SET created_at = $3 WHERE id = $1 AND version = $2',
      [id, Number(version), date],
    );
  };

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.loginAs({ role: 'admin' });
    await create('village-water', 1, { en: 'Village water committee', id: 'Komite air desa' });
    await create('village-water', 2, { en: 'Village water committee', id: 'Komite air desa' });
    await create('savings-group', 1, { en: 'Savings group', id: 'Kelompok simpan pinjam' });
    await create('savings-group', 2, { en: 'Savings group', id: 'Kelompok simpan pinjam' });
    await create('school-garden', 1, { en: 'School garden', id: 'Kebun sekolah' });
    await create('literacy-drive', 1, {
      en: '100% literacy drive',
      id: 'Gerakan melek huruf 100%',
    });
    for (const [i, id] of PILOTS.entries()) {
      await create(id, 1, { en: `Pilot ${i + 1}`, id: `Percontohan ${i + 1}` });
    }
    await act('savings-group@2', 'publish');
    await act('school-garden@1', 'publish');
    await act('school-garden@1', 'retire');
    await createdOn('village-water@1', '2026-01-10T00:00:00Z');
    await createdOn('village-water@2', '2026-02-10T00:00:00Z');
    await createdOn('savings-group@1', '2026-03-10T00:00:00Z');
    await createdOn('savings-group@2', '2026-04-10T00:00:00Z');
    await createdOn('school-garden@1', '2026-05-10T00:00:00Z');
    await createdOn('literacy-drive@1', '2026-06-10T00:00:00Z');
    // The pilots share one creation time, so a sort by it must fall back on the id.
    await api.dataSource.query(
      `UPDATE workflow_definitions SET created_at = '2025-12-01T00:00:00Z' WHERE id LIKE 'pilot-%'`,
    );
  });

  afterAll(() => api.close());

  it('answers a JSON array ordered by id, with the total in Content-Range, exposed to browsers', async () => {
    const { status, rows, contentRange, headers } = await list();

    expect(status).toBe(200);
    expect(rows).toHaveLength(TOTAL);
    expect(ids(rows).slice(0, 4)).toEqual([
      ...BUILT_IN.slice(0, 2),
      'literacy-drive@1',
      'pilot-01@1',
    ]);
    expect(contentRange).toBe(`workflow-definitions 0-${TOTAL - 1}/${TOTAL}`);
    expect(headers['access-control-expose-headers']).toBe('Content-Range');
    expect(rows.find((row) => row.id === 'savings-group@2')).toEqual({
      id: 'savings-group@2',
      definitionId: 'savings-group',
      version: 2,
      status: 'published',
      name: { en: 'Savings group', id: 'Kelompok simpan pinjam' },
      createdAt: '2026-04-10T00:00:00.000Z',
    });
  });

  it('sorts by the composite id both ways, version included', async () => {
    const { rows } = await list({ sort: ['id', 'DESC'], range: [0, 3] });

    expect(ids(rows)).toEqual([
      'village-water@2',
      'village-water@1',
      'six-steps@1',
      'school-garden@1',
    ]);
  });

  it('sorts by another field, breaking ties by id', async () => {
    const { rows } = await list({ sort: ['version', 'DESC'], range: [0, 2] });

    expect(ids(rows)).toEqual(['savings-group@2', 'village-water@2', 'empowerment-default@1']);
  });

  it('pages through rows that tie on the sort without losing or repeating one', async () => {
    const pages = [];
    for (const range of [
      [0, 9],
      [10, 19],
      [20, 29],
    ]) {
      pages.push(await list({ sort: ['createdAt', 'ASC'], range }));
    }

    expect(pages.map((page) => page.contentRange)).toEqual([
      `workflow-definitions 0-9/${TOTAL}`,
      `workflow-definitions 10-19/${TOTAL}`,
      `workflow-definitions 20-${TOTAL - 1}/${TOTAL}`,
    ]);
    const seen = pages.flatMap((page) => ids(page.rows));
    expect(new Set(seen).size).toBe(TOTAL);
    expect(seen.slice(0, 20)).toEqual(PILOTS.map((id) => `${id}@1`));
    expect(seen.slice(20, 26)).toEqual([
      'village-water@1',
      'village-water@2',
      'savings-group@1',
      'savings-group@2',
      'school-garden@1',
      'literacy-drive@1',
    ]);
  });

  it('answers an empty page past the end, still with the total', async () => {
    const { rows, contentRange } = await list({ range: [100, 124] });

    expect(rows).toEqual([]);
    expect(contentRange).toBe(`workflow-definitions */${TOTAL}`);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['equal to one value', { status: 'published' }, [...BUILT_IN, 'savings-group@2'].sort()],
    [
      'equal to any value of a list',
      { status: ['retired', 'published'], definitionId: ['school-garden', 'savings-group'] },
      ['savings-group@2', 'school-garden@1'],
    ],
    [
      "any of a list of ids (react-admin's getMany), skipping unknown ones",
      { id: ['six-steps@1', 'village-water@2', 'no-such@1'] },
      ['six-steps@1', 'village-water@2'],
    ],
    ['an empty list of ids', { id: [] }, []],
    ['a whole number, also as text', { version: '2' }, ['savings-group@2', 'village-water@2']],
    ['a number range', { version_gte: 2, version_lte: 2 }, ['savings-group@2', 'village-water@2']],
    [
      'a date range',
      { createdAt_gte: '2026-02-01', createdAt_lte: '2026-04-30T23:59:59+07:00' },
      ['savings-group@1', 'savings-group@2', 'village-water@2'],
    ],
    [
      'a search in the English name, any case',
      { q: 'SAVINGS' },
      ['savings-group@1', 'savings-group@2'],
    ],
    [
      'a search in the Indonesian name',
      { q: 'komite air' },
      ['village-water@1', 'village-water@2'],
    ],
    ['a search for a literal %', { q: '100%' }, ['literacy-drive@1']],
    ['a search for a literal _, which matches nothing here', { q: '_' }, []],
  ])('filters by %s', async (_name, filter, expected) => {
    const { status, rows, contentRange } = await list({ filter });

    expect(status).toBe(200);
    expect(ids(rows)).toEqual(expected);
    expect(contentRange).toMatch(new RegExp(`/${expected.length}$`));
  });

  it('combines filters, sort and range, counting every match', async () => {
    const { rows, contentRange } = await list({
      filter: { status: 'draft', q: 'percontohan' },
      sort: ['id', 'DESC'],
      range: [0, 4],
    });

    expect(ids(rows)).toEqual([
      'pilot-20@1',
      'pilot-19@1',
      'pilot-18@1',
      'pilot-17@1',
      'pilot-16@1',
    ]);
    expect(contentRange).toBe(`workflow-definitions 0-4/${PILOTS.length}`);
  });

  it('answers at most 1000 rows, however wide the range', async () => {
    await api.dataSource.query(
      `INSERT INTO workflow_definitions (id, version, status, definition)
       SELECT 'bulk', g, 'draft', '{"name": {"en": "Bulk", "id": "Massal"}}' FROM generate_series(1, 1005) g`,
    );
    try {
      const { rows, contentRange } = await list({
        filter: { definitionId: 'bulk' },
        sort: ['version', 'ASC'],
        range: [0, 4999],
      });

      expect(rows).toHaveLength(1000);
      expect(rows[999]?.id).toBe('bulk@1000');
      expect(contentRange).toBe('workflow-definitions 0-999/1005');
    } finally {
      await api.dataSource.query(`DELETE FROM workflow_definitions WHERE id = 'bulk'`);
    }
  });

  it.each<
    [
      string,
      Record<string, unknown>,
      { field: string; code: string; params?: object; message: RegExp }[],
    ]
  >([
    [
      'a sort that is not JSON',
      { sort: '[id,ASC]' },
      [{ field: 'sort', code: 'not_json', message: /not valid JSON/ }],
    ],
    [
      'a range that is not JSON',
      { range: '0..24' },
      [{ field: 'range', code: 'not_json', message: /not valid JSON/ }],
    ],
    [
      'a filter that is not JSON',
      { filter: '{status:draft}' },
      [{ field: 'filter', code: 'not_json', message: /not valid JSON/ }],
    ],
    [
      'a sort by an unknown field',
      { sort: ['name', 'ASC'] },
      [
        {
          field: 'sort',
          code: 'not_sortable',
          params: { fields: expect.stringContaining('version') as string },
          message: /"name"/,
        },
      ],
    ],
    [
      'a range the wrong way round',
      { range: [9, 0] },
      [{ field: 'range', code: 'invalid', message: /last not before first/ }],
    ],
    [
      'a filter on an unknown field',
      { filter: { colour: 'red' } },
      [
        {
          field: 'filter.colour',
          code: 'not_a_filter',
          params: { filters: expect.stringContaining('status') as string },
          message: /not a filter/,
        },
      ],
    ],
    [
      'an unknown status',
      { filter: { status: 'archived' } },
      [
        {
          field: 'filter.status',
          code: 'one_of',
          params: { values: 'draft, published, retired' },
          message: /draft, published, retired/,
        },
      ],
    ],
    [
      'an id of the wrong shape',
      { filter: { id: ['six-steps'] } },
      [{ field: 'filter.id.0', code: 'definition_key_shape', message: /<definitionId>@<version>/ }],
    ],
    [
      'a date that is not one',
      { filter: { createdAt_gte: 'last week' } },
      [{ field: 'filter.createdAt_gte', code: 'not_date', message: /date/ }],
    ],
    [
      'a version out of range',
      { filter: { version: 99999999999 } },
      [
        {
          field: 'filter.version',
          code: 'too_big',
          params: { maximum: 2_147_483_647 },
          message: /./,
        },
      ],
    ],
    [
      'an unknown parameter',
      { page: '2' },
      [{ field: 'page', code: 'not_a_list_parameter', message: /sort, range, filter/ }],
    ],
  ])('refuses %s with a 400 naming it', async (_name, params, fields) => {
    const { status, body } = await list(params);

    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_FIELDS',
      message: expect.any(String) as string,
      fields: fields.map(({ field, code, params, message }) => ({
        field,
        code,
        ...(params && { params }),
        message: expect.stringMatching(message) as string,
      })),
    });
  });
});
