import { newCase } from './testing/case.factory';
import { newRegion } from './testing/region.factory';
import { useMigratedDatabase } from './testing/test-database';

// The hand-written indexes are easy to get subtly unusable (an operator class that does not match
// the operator, a collation that rules out LIKE). With sequential scans priced out, the planner
// shows which index, if any, can answer each of the admin's filters.
describe("the admin's filters have indexes that answer them", () => {
  const database = useMigratedDatabase();

  beforeAll(async () => {
    await newRegion(database.dataSource, '33');
    await newRegion(database.dataSource, '33.74');
    await newCase(database.dataSource, { tags: ['pilot'] });
  });

  function plan(sql: string, params: unknown[]): Promise<string> {
    return database.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, params);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  it.each([
    [
      'a region subtree',
      `SELECT id FROM regions WHERE path = $1 OR path LIKE $1 || '.%'`,
      ['33.74'],
      'IDX_regions_path',
    ],
    [
      'a stage prefix',
      `SELECT id FROM cases WHERE stage LIKE $1`,
      ['dialogue.%'],
      'IDX_cases_stage',
    ],
    [
      'a stage prefix within a program',
      `SELECT id FROM cases WHERE program_id = $1 AND stage LIKE $2`,
      ['00000000-0000-0000-0000-000000000000', 'dialogue.%'],
      'IDX_cases_program_id_stage',
    ],
    [
      'a group name search',
      `SELECT id FROM cases WHERE group_name ILIKE $1`,
      ['%tani%'],
      'IDX_cases_group_name_trgm',
    ],
    ['a tag', `SELECT id FROM cases WHERE tags @> $1`, [['pilot']], 'IDX_cases_tags'],
    [
      "a user's unread notifications",
      `SELECT id FROM notifications WHERE user_id = $1 AND read_at IS NULL ORDER BY created_at DESC LIMIT 20`,
      ['00000000-0000-0000-0000-000000000000'],
      'IDX_notifications_user_id_read_at_created_at',
    ],
  ])('%s', async (_filter, sql, params, index) => {
    expect(await plan(sql, params)).toContain(index);
  });
});
