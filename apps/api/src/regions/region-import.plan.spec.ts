import type { RegionImportProblem } from '@berdaya/api-problems';
import { parseCsv } from './csv.parser';
import { planRegionImport, type StoredRegion } from './region-import.plan';
import { readRegionRows } from './region-rows.reader';

const stored = (regions: StoredRegion[]) => new Map(regions.map((region) => [region.code, region]));
const JATENG: StoredRegion = {
  code: '33',
  name: 'Jawa Tengah',
  level: 'province',
  parentCode: null,
};

function plan(csv: string, existing: StoredRegion[] = []) {
  const read = readRegionRows(parseCsv(csv));
  return { read, plan: planRegionImport(read.rows, stored(existing)) };
}

describe('readRegionRows', () => {
  it('reads the columns by the header, in any order and case', () => {
    const { read } = plan('Name,LEVEL,code\nJawa Tengah,province,33\n');

    expect(read).toEqual({
      rows: [{ line: 2, code: '33', name: 'Jawa Tengah', level: 'province' }],
      problems: [],
    });
  });

  it.each<[string, string, RegionImportProblem[]]>([
    [
      'an empty file',
      '',
      [{ line: 1, code: null, problem: 'file_empty', message: 'the file is empty' }],
    ],
    [
      'a header without name',
      'code\n33\n',
      [
        {
          line: 1,
          code: null,
          problem: 'header_column_missing',
          params: { column: 'name' },
          message: 'the header has no "name" column',
        },
      ],
    ],
    [
      'a header with an unknown column',
      'code,name,population\n',
      [
        {
          line: 1,
          code: null,
          problem: 'header_column_unknown',
          params: { column: 'population' },
          message:
            'the header names "population", which is not a column; use code, name and optionally level',
        },
      ],
    ],
    [
      'a header naming a column twice, and missing another',
      'code,code\n',
      [
        {
          line: 1,
          code: null,
          problem: 'header_column_missing',
          params: { column: 'name' },
          message: 'the header has no "name" column',
        },
        {
          line: 1,
          code: null,
          problem: 'header_column_twice',
          params: { column: 'code' },
          message: 'the header names "code" twice',
        },
      ],
    ],
  ])('refuses %s', (_name, csv, problems) => {
    expect(plan(csv).read.problems).toEqual(problems);
  });

  it('refuses a row with another number of fields than the header', () => {
    expect(plan('code,name\n33,Jawa Tengah,extra\n').read.problems).toEqual([
      {
        line: 2,
        code: '33',
        problem: 'field_count',
        params: { count: 3, expected: 2 },
        message: 'has 3 fields where the header has 2',
      },
    ]);
  });
});

describe('planRegionImport', () => {
  it('creates what is new, updates what changed, leaves the rest', () => {
    const { plan: result } = plan(
      'code,name\n33,Jawa Tengah\n33.74,Kota Semarang\n33.74.01,Semarang Tengah\n',
      [JATENG, { code: '33.74', name: 'Semarang', level: 'regency', parentCode: '33' }],
    );

    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(
      result.regions.map((region) => [region.code, region.level, region.parentCode, region.change]),
    ).toEqual([
      ['33', 'province', null, 'unchanged'],
      ['33.74', 'regency', '33', 'update'],
      ['33.74.01', 'district', '33.74', 'create'],
    ]);
    expect(result.storedParentCodes).toEqual([]);
  });

  it('takes a parent that is not in the file from the stored regions', () => {
    const { plan: result } = plan('code,name\n33.74,Kota Semarang\n', [JATENG]);

    expect(result.problems).toEqual([]);
    expect(result.storedParentCodes).toEqual(['33']);
  });

  it('re-parents a stored region whose parent was wrong', () => {
    const { plan: result } = plan('code,name\n33,Jawa Tengah\n33.74,Kota Semarang\n', [
      JATENG,
      { code: '33.74', name: 'Kota Semarang', level: 'regency', parentCode: null },
    ]);

    expect(result.regions.map((region) => region.change)).toEqual(['unchanged', 'update']);
  });

  it('reports every problem of every row, by line, and plans nothing', () => {
    const { plan: result } = plan(
      [
        'code,name,level',
        '33,Jawa Tengah,provinsi',
        '33.74,Kota Semarang,kota',
        '33.7401,Semarang Tengah,district',
        '33.74.02,,',
        '33.74,Semarang again,',
        '33.74.03,Candisari,village',
        '34.71.01,Gondokusuman,',
        '33.74.04,Gajahmungkur,county',
        '',
      ].join('\n'),
    );

    expect(result.problems).toEqual([
      {
        line: 4,
        code: '33.7401',
        problem: 'code_shape',
        message:
          'the code must be an official region code: 33 (province), 33.74 (regency or city), 33.74.01 (district) or 33.74.01.1001 (village)',
      },
      { line: 5, code: '33.74.02', problem: 'name_empty', message: 'the name is empty' },
      {
        line: 6,
        code: '33.74',
        problem: 'code_repeated',
        params: { line: 3 },
        message: 'the code appears already on line 3',
      },
      {
        line: 7,
        code: '33.74.03',
        problem: 'level_not_of_code',
        params: { level: 'village', expected: 'district' },
        message: "the level is village, but the code is a district's",
      },
      {
        line: 8,
        code: '34.71.01',
        problem: 'parent_missing',
        params: { parent: '34.71' },
        message: 'its parent 34.71 is neither in the file nor stored',
      },
      {
        line: 9,
        code: '33.74.04',
        problem: 'level_unknown',
        params: { level: 'county' },
        message: expect.stringMatching(
          /^the level "county" is none of province, regency, district, village, provinsi/,
        ) as string,
      },
    ]);
    expect(result.regions).toEqual([]);
  });
});
