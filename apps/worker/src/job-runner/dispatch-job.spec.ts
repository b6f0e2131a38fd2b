import type { JobOutcome } from '@berdaya/jobs';
import { type Job, UnrecoverableError } from 'bullmq';
import { dispatchJob } from './dispatch-job';
import type { JobHandlers } from './job-handler';

function handler<N extends keyof JobHandlers>(name: N, outcome: JobOutcome) {
  return { name, handle: jest.fn(() => Promise.resolve(outcome)) };
}

const handlers = {
  'notifications.approvalWaiting': handler('notifications.approvalWaiting', {
    outcome: 'done',
    written: 2,
  }),
  'notifications.approvalDecided': handler('notifications.approvalDecided', {
    outcome: 'skipped',
    reason: 'request not decided yet',
  }),
  'reminders.scheduleVisitReminder': handler('reminders.scheduleVisitReminder', {
    outcome: 'skipped',
    reason: 'case is closed',
  }),
  'reminders.visitDue': handler('reminders.visitDue', { outcome: 'done', written: 1 }),
  'reminders.visitOverdue': handler('reminders.visitOverdue', { outcome: 'done', written: 2 }),
  'reminders.approvalLadder': handler('reminders.approvalLadder', {
    outcome: 'skipped',
    reason: 'request already decided',
  }),
  'notifications.digest': handler('notifications.digest', { outcome: 'done', sent: 0 }),
  'reminders.detectStalled': handler('reminders.detectStalled', { outcome: 'done', flagged: 0 }),
  'evaluations.scheduleProgram': handler('evaluations.scheduleProgram', {
    outcome: 'done',
    scheduler: 'evaluations.run.p1',
    removed: true,
  }),
  'evaluations.run': handler('evaluations.run', {
    outcome: 'skipped',
    reason: 'program is inactive',
  }),
  'evaluations.snapshot': handler('evaluations.snapshot', {
    outcome: 'skipped',
    reason: 'program does not exist',
  }),
} satisfies JobHandlers;

function job(name: string, queueName: string, data: unknown = {}): Job {
  return { name, queueName, data } as Job;
}

describe('dispatchJob', () => {
  it('hands the payload and the job to the handler of its name, and returns its outcome', async () => {
    const waiting = job('notifications.approvalWaiting', 'notifications', { requestId: 'r1' });

    await expect(dispatchJob(handlers, waiting)).resolves.toEqual({ outcome: 'done', written: 2 });
    expect(handlers['notifications.approvalWaiting'].handle).toHaveBeenCalledWith(
      { requestId: 'r1' },
      waiting,
    );
    expect(handlers['notifications.approvalDecided'].handle).not.toHaveBeenCalled();
  });

  it.each([
    ['a name nobody handles', 'notifications.caseStalled', 'notifications'],
    ['a name of the prototype', 'toString', 'notifications'],
    ['a name of another queue', 'reminders.scheduleVisitReminder', 'notifications'],
  ])('fails %s as unrecoverable', (_, name, queue) => {
    expect(() => dispatchJob(handlers, job(name, queue))).toThrow(UnrecoverableError);
  });
});
