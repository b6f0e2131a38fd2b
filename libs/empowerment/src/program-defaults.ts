import type { ProgramTimezone } from './record-vocabularies';

/** What a new program's settings are when its creator leaves them out. */
export const PROGRAM_DEFAULTS = {
  description: null,
  timezone: 'Asia/Jakarta' as ProgramTimezone,
  visitReminderLeadDays: 2,
  overdueGraceDays: 3,
  approvalReminderDays: 3,
  approvalEscalationDays: 7,
  approvalExpiryDays: 14,
  evaluationCron: null,
  budgetStart: null,
  budgetEnd: null,
  active: true,
} as const;
