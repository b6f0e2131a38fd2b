import { CronExpressionParser } from 'cron-parser';
import { PROGRAM_TIMEZONES } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';
import { withoutFields } from '../common/validation/without-fields';

const INT4_MAX = 2_147_483_647;

const days = (min: number) =>
  z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(min, { error: `must be at least ${min}` })
    .max(3650, { error: 'must be at most 3650 (ten years)' });
const day = z.iso.date({ error: 'must be a date, such as 2026-01-31' });

const CRON_SHAPE_ERROR =
  'must be a cron pattern of five fields (minute hour day month weekday), e.g. 0 8 1 * *';

// Parsed by the parser BullMQ's job scheduler runs it with, so a pattern accepted here is one the
// worker can schedule, not a job that fails later where nobody reads it.
const cron = z
  .string()
  .trim()
  .superRefine((pattern, context) => {
    if (!/^\S+(?: +\S+){4}$/.test(pattern)) {
      context.addIssue({
        code: 'custom',
        message: CRON_SHAPE_ERROR,
        params: { code: 'cron_shape' },
      });
      return;
    }
    try {
      CronExpressionParser.parse(pattern);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message: `${CRON_SHAPE_ERROR}: ${error instanceof Error ? error.message : String(error)}`,
        params: { code: 'cron_shape' },
      });
    }
  });

const fields = {
  name: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(200, { error: 'must be at most 200 characters' }),
  description: z.string().max(5000, { error: 'must be at most 5000 characters' }).nullable(),
  workflowDefinitionId: z.string().min(1, { error: 'must not be empty' }),
  workflowDefinitionVersion: z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(INT4_MAX, { error: 'is too large' }),
  timezone: z.enum(PROGRAM_TIMEZONES, {
    error: `must be one of ${PROGRAM_TIMEZONES.join(', ')}`,
  }),
  visitReminderLeadDays: days(0),
  overdueGraceDays: days(0),
  approvalReminderDays: days(1),
  approvalEscalationDays: days(1),
  approvalExpiryDays: days(1),
  evaluationCron: cron.nullable(),
  budgetStart: day.nullable(),
  budgetEnd: day.nullable(),
  active: z.boolean(),
};

/** The body of POST /programs; what is left out takes the defaults below. */
export const newProgramSchema = documented(
  'NewProgram',
  z.strictObject({
    ...fields,
    description: fields.description.default(null),
    timezone: fields.timezone.default('Asia/Jakarta'),
    visitReminderLeadDays: fields.visitReminderLeadDays.default(2),
    overdueGraceDays: fields.overdueGraceDays.default(3),
    approvalReminderDays: fields.approvalReminderDays.default(3),
    approvalEscalationDays: fields.approvalEscalationDays.default(7),
    approvalExpiryDays: fields.approvalExpiryDays.default(14),
    evaluationCron: fields.evaluationCron.default(null),
    budgetStart: fields.budgetStart.default(null),
    budgetEnd: fields.budgetEnd.default(null),
    active: fields.active.default(true),
  }),
);
export type NewProgram = z.output<typeof newProgramSchema>;

const echoed = (description: string) => z.string().optional().meta({ description });

/**
 * The body of PUT /programs/:id: the fields to change. react-admin sends the whole record back,
 * so its read-only fields are accepted and ignored.
 */
export const programChangesSchema = documented(
  'ProgramChanges',
  z
    .strictObject(fields)
    .partial()
    .extend({
      id: echoed('Ignored: the URL names the program'),
      createdAt: echoed('Ignored'),
      updatedAt: echoed('Ignored'),
    })
    .transform((body) => withoutFields(body, ['id', 'createdAt', 'updatedAt'])),
);
export type ProgramChanges = z.output<typeof programChangesSchema>;
