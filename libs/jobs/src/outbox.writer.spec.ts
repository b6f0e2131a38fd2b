import { OutboxMessageEntity } from '@berdaya/db';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { jobIntent } from './job-registry';
import { writeOutbox } from './outbox.writer';

describe('writeOutbox', () => {
  const db = useMigratedDatabase();

  it('records intents with their queue, and only if the transaction commits', async () => {
    const later = new Date('2030-01-01T01:00:00Z');
    await db.dataSource.transaction((tx) =>
      writeOutbox(tx, [
        jobIntent('notifications.approvalWaiting', { requestId: 'r1' }),
        jobIntent('reminders.scheduleVisitReminder', { caseId: 'c1', caseVersion: 2 }, later),
      ]),
    );
    await db.dataSource
      .transaction(async (tx) => {
        await writeOutbox(tx, [jobIntent('notifications.approvalDecided', { requestId: 'r2' })]);
        throw new Error('the move failed');
      })
      .catch(() => undefined);

    const rows = await db.dataSource
      .getRepository(OutboxMessageEntity)
      .find({ order: { id: 'ASC' } });
    expect(rows.map((r) => [r.queue, r.jobName, r.payload, r.relayedAt])).toEqual([
      ['notifications', 'notifications.approvalWaiting', { requestId: 'r1' }, null],
      ['reminders', 'reminders.scheduleVisitReminder', { caseId: 'c1', caseVersion: 2 }, null],
    ]);
    expect(rows[1].availableAt.toISOString()).toBe(later.toISOString());
  });
});
