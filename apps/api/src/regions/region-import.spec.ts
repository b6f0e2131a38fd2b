import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';

interface Report {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: {
    line: number;
    code: string | null;
    problem: string;
    params?: Record<string, string | number>;
    message: string;
  }[];
}

const CENTRAL_JAVA = [
  'code,name,level',
  '33,Jawa Tengah,province',
  '33.74,Kota Semarang,regency',
  '33.74.01,Semarang Tengah,district',
  '33.74.01.1001,Sekayu,village',
  '33.74.01.1002,Miroto,village',
  '33.74.02,Semarang Utara,kecamatan',
  '33.74.02.1001,Bandarharjo,desa',
].join('\n');

describe('importing regions from CSV', () => {
  let api: TestApi;
  let admin: SignedInUser;
  const upload = (csv: string, query = '') =>
    admin.inject({
      method: 'POST',
      url: `/api/regions/import${query}`,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
  const regions = () =>
    api.dataSource.query<{ code: string; name: string; level: string; parent: string | null }[]>(
      `SELECT r.code, r.name, r.level, p.code AS parent
         FROM regions r LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.code`,
    );

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.loginAs({ role: 'admin' });
  });

  afterAll(() => api.close());

  it('says what it would do on a dry run, and writes nothing', async () => {
    const response = await upload(CENTRAL_JAVA, '?dryRun=true');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      dryRun: true,
      rows: 7,
      created: 7,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      errors: [],
    });
    expect(await regions()).toEqual([]);
  });

  it('imports the tree, each region under its parent', async () => {
    const response = await upload(CENTRAL_JAVA);

    expect(response.statusCode).toBe(200);
    expect(response.json<Report>()).toMatchObject({ dryRun: false, created: 7, updated: 0 });
    expect(await regions()).toEqual([
      { code: '33', name: 'Jawa Tengah', level: 'province', parent: null },
      { code: '33.74', name: 'Kota Semarang', level: 'regency', parent: '33' },
      { code: '33.74.01', name: 'Semarang Tengah', level: 'district', parent: '33.74' },
      { code: '33.74.01.1001', name: 'Sekayu', level: 'village', parent: '33.74.01' },
      { code: '33.74.01.1002', name: 'Miroto', level: 'village', parent: '33.74.01' },
      { code: '33.74.02', name: 'Semarang Utara', level: 'district', parent: '33.74' },
      { code: '33.74.02.1001', name: 'Bandarharjo', level: 'village', parent: '33.74.02' },
    ]);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await api.dataSource.query<unknown[]>(
      'SELECT id, code, updated_at FROM regions ORDER BY code',
    );

    const response = await upload(CENTRAL_JAVA);

    expect(response.json<Report>()).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
    expect(
      await api.dataSource.query('SELECT id, code, updated_at FROM regions ORDER BY code'),
    ).toEqual(before);
  });

  it('renames what changed and adds what is new, under parents already stored', async () => {
    const response = await upload(
      'code;name\n33.74.01.1001;Sekayu Baru\n33.74.02.1002;"Tanjung Mas; Pelabuhan"\n',
      '',
    );

    expect(response.json<Report>()).toMatchObject({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    expect(await regions()).toEqual(
      expect.arrayContaining([
        { code: '33.74.01.1001', name: 'Sekayu Baru', level: 'village', parent: '33.74.01' },
        {
          code: '33.74.02.1002',
          name: 'Tanjung Mas; Pelabuhan',
          level: 'village',
          parent: '33.74.02',
        },
      ]),
    );
  });

  it('imports nothing from a file with problems, and answers every one by line', async () => {
    const before = await regions();
    const csv = [
      'code,name,level',
      '35,Jawa Timur,province',
      '35.07,Kabupaten Malang,',
      '35.07.1,Kepanjen,district',
      '35.07.02,,district',
      '35.07,Malang lagi,regency',
      '35.07.03,Sumberpucung,village',
      '36.01.01,Sumur,district',
    ].join('\n');

    const response = await upload(csv);

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'REGION_IMPORT_REFUSED',
      params: { count: 5, line: 4 },
      message: 'Nothing was imported: 5 problem(s) in the file, the first on line 4',
      dryRun: false,
      rows: 7,
      created: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 5,
      errors: [
        {
          line: 4,
          code: '35.07.1',
          problem: 'code_shape',
          message: expect.stringContaining('official region code') as string,
        },
        { line: 5, code: '35.07.02', problem: 'name_empty', message: 'the name is empty' },
        {
          line: 6,
          code: '35.07',
          problem: 'code_repeated',
          params: { line: 3 },
          message: 'the code appears already on line 3',
        },
        {
          line: 7,
          code: '35.07.03',
          problem: 'level_not_of_code',
          params: { level: 'village', expected: 'district' },
          message: "the level is village, but the code is a district's",
        },
        {
          line: 8,
          code: '36.01.01',
          problem: 'parent_missing',
          params: { parent: '36.01' },
          message: 'its parent 36.01 is neither in the file nor stored',
        },
      ],
    });
    expect(await regions()).toEqual(before);
  });

  it('answers the same problems on a dry run, with a 200', async () => {
    const response = await upload('code,name\n35.07,Kabupaten Malang\n', '?dryRun=true');

    expect(response.statusCode).toBe(200);
    expect(response.json<Report>()).toMatchObject({
      dryRun: true,
      errorCount: 1,
      errors: [
        {
          line: 2,
          code: '35.07',
          problem: 'parent_missing',
          params: { parent: '35' },
          message: 'its parent 35 is neither in the file nor stored',
        },
      ],
    });
  });

  it.each<[string, string, Partial<Report['errors'][number]>]>([
    [
      'a header without names',
      'code\n33\n',
      {
        problem: 'header_column_missing',
        params: { column: 'name' },
        message: 'the header has no "name" column',
      },
    ],
    [
      'a quote never closed',
      'code,name\n33,"Jawa Tengah\n',
      { problem: 'quote_not_closed', message: 'a quoted field is never closed' },
    ],
    ['an empty file', '', { problem: 'file_empty', message: 'the file is empty' }],
  ])('refuses %s', async (_name, csv, expected) => {
    const response = await upload(csv);

    expect(response.statusCode).toBe(422);
    expect(response.json<Report>().errors).toEqual([expect.objectContaining(expected)]);
  });

  it('takes only text/csv, and dryRun only as true or false', async () => {
    const json = await admin.inject({
      method: 'POST',
      url: '/api/regions/import',
      payload: { csv: CENTRAL_JAVA },
    });
    const badQuery = await upload(CENTRAL_JAVA, '?dryRun=yes&force=1');

    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({
      fields: [
        { field: 'body', message: 'must be the CSV file itself, sent with Content-Type: text/csv' },
      ],
    });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'dryRun',
      'force',
    ]);
  });

  it('imports a province of thousands of villages in a few seconds', async () => {
    const lines = ['code,name', '32,Jawa Barat', '32.01,Kabupaten Bogor'];
    for (let district = 1; district <= 40; district++) {
      const code = `32.01.${String(district).padStart(2, '0')}`;
      lines.push(`${code},Kecamatan ${district}`);
      for (let village = 1; village <= 150; village++) {
        lines.push(`${code}.${2000 + village},Desa ${district}-${village}`);
      }
    }
    const started = Date.now();

    const response = await upload(lines.join('\n'));

    const elapsed = Date.now() - started;
    expect(response.json<Report>()).toMatchObject({ created: 6042, errorCount: 0 });
    expect(elapsed).toBeLessThan(10_000);
    const [{ count }] = await api.dataSource.query<[{ count: string }]>(
      `SELECT count(*) FROM regions WHERE path LIKE '32.01.%' AND parent_id IS NOT NULL`,
    );
    expect(Number(count)).toBe(6040);
  });

  it('refuses a file over 16 MiB with a 413 that says the limit', async () => {
    const response = await upload(`code,name\n${'9'.repeat(16 * 1024 * 1024)}`);

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      message: 'The request body is larger than the limit of 16 MiB',
    });
  });

  it('keeps the import to admins', async () => {
    const manager = await api.loginAs({ role: 'programManager' });

    const response = await manager.inject({
      method: 'POST',
      url: '/api/regions/import',
      headers: { 'content-type': 'text/csv' },
      payload: CENTRAL_JAVA,
    });

    expect(response.statusCode).toBe(403);
  });
});
