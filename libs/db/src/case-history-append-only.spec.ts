import { CaseEventEntity } from './entities/case-event.entity';
import type { CaseEntity } from './entities/case.entity';
import { newCase } from './testing/case.factory';
import { useMigratedDatabase } from './testing/test-database';

describe('case history is append-only', () => {
  const database = useMigratedDatabase();
  let community: CaseEntity;

  beforeAll(async () => {
    community = await newCase(database.dataSource);
  });

  const history = () => database.dataSource.getRepository(CaseEventEntity);

  it('takes new events, numbered in the order they were written', async () => {
    const created = await history().save({ caseId: community.id, type: 'created' });
    const requested = await history().save({
      caseId: community.id,
      type: 'transitionRequested',
      fromStage: 'intake',
      toStage: 'dialogue.preparingToWorkTogether',
      event: 'ADVANCE',
      reason: 'Intake assessed, approach chosen',
      payload: { checklist: ['socialCapitalAssessed', 'localLeaderAssessed', 'approachChosen'] },
    });

    expect(BigInt(requested.id)).toBeGreaterThan(BigInt(created.id));
    expect(await history().findBy({ caseId: community.id })).toHaveLength(2);
  });

  it('refuses to update an event', async () => {
    await expect(
      database.dataSource.query(`UPDATE case_events SET reason = 'rewritten' WHERE case_id = $1`, [
        community.id,
      ]),
    ).rejects.toThrow('case_events is append-only');
  });

  it('refuses to delete an event', async () => {
    await expect(
      database.dataSource.query(`DELETE FROM case_events WHERE case_id = $1`, [community.id]),
    ).rejects.toThrow('case_events is append-only');
  });

  it('refuses to truncate the history', async () => {
    await expect(database.dataSource.query(`TRUNCATE case_events`)).rejects.toThrow(
      'case_events is append-only',
    );
  });

  it('keeps a case that has history from being deleted', async () => {
    await expect(
      database.dataSource.query(`DELETE FROM cases WHERE id = $1`, [community.id]),
    ).rejects.toThrow(/FK_case_events_case_id/);
    expect(await history().countBy({ caseId: community.id })).toBe(2);
  });
});
