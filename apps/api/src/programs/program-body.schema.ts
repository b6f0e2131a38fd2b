import { PROGRAM_TIMEZONES } from '@berdaya/db';
import { PROGRAM_DEFAULTS } from '@berdaya/empowerment';
import { CronExpressionParser } from 'cron-parser';
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

/** The body of POST /programs; what is left out takes its PROGRAM_DEFAULTS value. */
export const newProgramSchema = documented(
  'NewProgram',
  z.strictObject({
    ...fields,
    description: fields.description.default(PROGRAM_DEFAULTS.description),
    timezone: fields.timezone.default(PROGRAM_DEFAULTS.timezone),
    visitReminderLeadDays: fields.visitReminderLeadDays.default(
      PROGRAM_DEFAULTS.visitReminderLeadDays,
    ),
    overdueGraceDays: fields.overdueGraceDays.default(PROGRAM_DEFAULTS.overdueGraceDays),
    approvalReminderDays: fields.approvalReminderDays.default(
      PROGRAM_DEFAULTS.approvalReminderDays,
    ),
    approvalEscalationDays: fields.approvalEscalationDays.default(
      PROGRAM_DEFAULTS.approvalEscalationDays,
    ),
    approvalExpiryDays: fields.approvalExpiryDays.default(PROGRAM_DEFAULTS.approvalExpiryDays),
    evaluationCron: fields.evaluationCron.default(PROGRAM_DEFAULTS.evaluationCron),
    budgetStart: fields.budgetStart.default(PROGRAM_DEFAULTS.budgetStart),
    budgetEnd: fields.budgetEnd.default(PROGRAM_DEFAULTS.budgetEnd),
    active: fields.active.default(PROGRAM_DEFAULTS.active),
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
