import type { JobOutcome } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import type { JobHandler } from '../job-runner/job-handler';

/**
 * Registered so that the jobs every move enqueues complete instead of failing; the reminders
 * themselves come with the visit-reminder work.
 */
@Injectable()
export class ScheduleVisitReminderHandler implements JobHandler<'reminders.scheduleVisitReminder'> {
  readonly name = 'reminders.scheduleVisitReminder';

  handle(): Promise<JobOutcome> {
    return Promise.resolve({ outcome: 'skipped', reason: 'visit reminders are not scheduled yet' });
  }
}
