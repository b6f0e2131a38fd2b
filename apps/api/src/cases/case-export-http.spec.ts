import { newCase } from '@berdaya/db/testing';
import { newProgram, newRegion } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

/** Splits a CSV body the way a spreadsheet reads it: quoted fields may hold commas, quotes, newlines. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const character = body[i];
    if (quoted) {
      if (character === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && body[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += character;
  }
  return rows;
}

describe('cases as CSV', () => {
  let api: TestApi;
  let supervisor: SignedInUser;
  let otherDistrictSupervisor: SignedInUser;
  let caseA: string;
  const awkwardName = 'Kelompok "Maju", Bersama\nRT 03';

  beforeAll(async () => {
    api = await startTestApi();
    const { dataSource } = api;
    const districtA = await newRegion(dataSource, '33.74.01');
    const districtB = await newRegion(dataSource, '33.74.02');
    const villageA = await newRegion(dataSource, '33.74.01.1001', 'Tandang');
    const villageB = await newRegion(dataSource, '33.74.02.2001', 'Jomblang');
    const programId = (await newProgram(dataSource, { name: 'Desa Berdaya, Jawa Tengah' })).id;
    const inDistrict = (regionId: string) => ({ programIds: [programId], regionIds: [regionId] });
    supervisor = await api.loginAs({ role: 'supervisor', ...inDistrict(districtA.id) });
    otherDistrictSupervisor = await api.loginAs({
      role: 'supervisor',
      ...inDistrict(districtB.id),
    });
    caseA = (
      await newCase(dataSource, { programId, regionId: villageA.id, groupName: awkwardName })
    ).id;
    await newCase(dataSource, {
      programId,
      regionId: villageA.id,
      groupName: 'Kelompok Wanita Tani',
      groupType: 'women',
    });
    await newCase(dataSource, { programId, regionId: villageB.id, groupName: 'Karang Taruna' });
  });

  afterAll(async () => {
    await api.close();
  });

  const exportAs = (user: SignedInUser, query = '') =>
    user.inject({ method: 'GET', url: `/api/cases/export.csv${query}` });

  it('answers an attachment of UTF-8 CSV with a byte order mark and a header', async () => {
    const response = await exportAs(supervisor);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header] = parseCsv(response.body.slice(1));
    expect(header).toEqual([
      'id',
      'program',
      'village code',
      'village name',
      'group name',
      'group type',
      'stage',
      'stage label',
      'status',
      'approach',
      'facilitator email',
      'next visit due',
      'overdue',
      'updated at',
    ]);
  });

  it('quotes commas, quotes and newlines so every field reads back as it was', async () => {
    const rows = parseCsv((await exportAs(supervisor)).body.slice(1)).slice(1);
    const awkward = rows.find((row) => row[0] === caseA);
    expect(awkward).toMatchObject({
      1: 'Desa Berdaya, Jawa Tengah',
      2: '33.74.01.1001',
      3: 'Tandang',
      4: awkwardName,
      6: 'intake',
      7: 'Intake',
      8: 'active',
      12: 'false',
    });
    expect(awkward?.[10]).toMatch(/@/);
  });

  it("has only the cases in the user's scope, and a case out of scope is not found", async () => {
    expect(parseCsv((await exportAs(supervisor)).body.slice(1))).toHaveLength(3);
    const theirs = parseCsv((await exportAs(otherDistrictSupervisor)).body.slice(1));
    expect(theirs.slice(1).map((row) => row[4])).toEqual(['Karang Taruna']);
    const history = await otherDistrictSupervisor.inject({
      method: 'GET',
      url: `/api/cases/${caseA}/history.csv`,
    });
    expect(history.statusCode).toBe(404);
  });

  it("honours the list's filter and sort, and refuses a range", async () => {
    const query = (filter: object, sort: [string, string]) =>
      `?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}`;
    const women = parseCsv(
      (await exportAs(supervisor, query({ groupType: 'women' }, ['groupName', 'ASC']))).body.slice(
        1,
      ),
    );
    expect(women.slice(1).map((row) => row[4])).toEqual(['Kelompok Wanita Tani']);
    const sorted = parseCsv(
      (await exportAs(supervisor, query({}, ['groupName', 'DESC']))).body.slice(1),
    );
    expect(sorted.slice(1).map((row) => row[4])).toEqual(['Kelompok Wanita Tani', awkwardName]);
    const ranged = await exportAs(supervisor, '?range=[0,9]');
    expect(ranged.statusCode).toBe(400);
    const unknown = await exportAs(supervisor, query({ colour: 'red' }, ['groupName', 'ASC']));
    expect(unknown.statusCode).toBe(400);
  });

  it("answers a case's history as CSV, oldest first", async () => {
    const { dataSource } = api;
    await dataSource.query(
      `INSERT INTO case_events (case_id, type, actor_id, to_stage, reason) VALUES ($1, 'created', $2, 'intake', $3)`,
      [caseA, supervisor.id, 'dibuat, "uji"'],
    );
    const response = await supervisor.inject({
      method: 'GET',
      url: `/api/cases/${caseA}/history.csv`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(response.body.slice(1));
    expect(rows[0]).toEqual(['when', 'type', 'actor email', 'from', 'to', 'event', 'reason']);
    expect(rows[1]).toMatchObject({
      1: 'created',
      2: supervisor.email,
      3: '',
      4: 'intake',
      6: 'dibuat, "uji"',
    });
  });
});
