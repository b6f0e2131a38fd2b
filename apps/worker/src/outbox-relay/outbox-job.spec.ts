import { outboxJobId, outboxJobs, type OutboxRow } from './outbox-job';

const now = new Date('2030-01-01T08:00:00.000Z');

function row(overrides: Partial<OutboxRow> = {}): OutboxRow {
  return {
    id: '1',
    queue: 'notifications',
    jobName: 'notifications.approvalWaiting',
    payload: { requestId: 'r1' },
    availableAt: now,
    ...overrides,
  };
}

describe('outboxJobId', () => {
  it.each([
    ['1', 'outbox-1'],
    ['9223372036854775807', 'outbox-9223372036854775807'],
  ])('names row %s %s: never a plain integer, never a colon', (id, jobId) => {
    expect(outboxJobId(id)).toBe(jobId);
    expect(`${parseInt(jobId, 10)}`).not.toBe(jobId);
    expect(jobId).not.toContain(':');
  });
});

describe('outboxJobs', () => {
  it.each([
    ['due now', 0, now],
    ['due an hour ago', 0, new Date('2030-01-01T07:00:00.000Z')],
    ['due in 1 ms', 1, new Date('2030-01-01T08:00:00.001Z')],
    ['due in 2 days', 2 * 24 * 60 * 60 * 1000, new Date('2030-01-03T08:00:00.000Z')],
  ])('delays a row %s by %i ms', (_, delay, availableAt) => {
    const jobs = outboxJobs([row({ availableAt })], now);

    expect(jobs.get('notifications')?.[0].opts.delay).toBe(delay);
  });

  it('keeps the job name and payload, and the row id as the job id', () => {
    const jobs = outboxJobs(
      [row({ id: '42', jobName: 'notifications.approvalDecided', payload: { requestId: 'r9' } })],
      now,
    );

    expect(jobs.get('notifications')).toEqual([
      {
        name: 'notifications.approvalDecided',
        data: { requestId: 'r9' },
        opts: { jobId: 'outbox-42', delay: 0 },
      },
    ]);
  });

  it('groups rows by queue, in row order', () => {
    const jobs = outboxJobs(
      [
        row({ id: '1' }),
        row({
          id: '2',
          queue: 'reminders',
          jobName: 'reminders.scheduleVisitReminder',
          payload: { caseId: 'c1', caseVersion: 3 },
        }),
        row({ id: '3' }),
      ],
      now,
    );

    expect(
      [...jobs].map(([queue, queued]) => [queue, queued.map((job) => job.opts.jobId)]),
    ).toEqual([
      ['notifications', ['outbox-1', 'outbox-3']],
      ['reminders', ['outbox-2']],
    ]);
  });

  it('gives nothing for no rows', () => {
    expect(outboxJobs([], now).size).toBe(0);
  });
});
