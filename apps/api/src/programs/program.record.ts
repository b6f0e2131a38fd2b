import { PROGRAM_TIMEZONES, type ProgramEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const days = z.number().int();
const day = z.string().meta({ format: 'date', example: '2026-01-01' });

/** A program as the api answers it. */
export const programRecordSchema = documented(
  'Program',
  z.object({
    id: z.uuid(),
    name: z.string().meta({ example: 'Desa Mandiri Pangan' }),
    description: z.string().nullable(),
    workflowDefinitionId: z.string().meta({ example: 'empowerment-default' }),
    workflowDefinitionVersion: z.number().int().meta({ example: 1 }),
    timezone: z.enum(PROGRAM_TIMEZONES),
    visitReminderLeadDays: days,
    overdueGraceDays: days,
    approvalReminderDays: days,
    approvalEscalationDays: days,
    approvalExpiryDays: days,
    evaluationCron: z.string().nullable().meta({ example: '0 8 1 */3 *' }),
    budgetStart: day.nullable(),
    budgetEnd: day.nullable(),
    active: z.boolean(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type ProgramRecord = z.infer<typeof programRecordSchema>;

export function toProgramRecord(program: ProgramEntity): ProgramRecord {
  return {
    id: program.id,
    name: program.name,
    description: program.description,
    workflowDefinitionId: program.workflowDefinitionId,
    workflowDefinitionVersion: program.workflowDefinitionVersion,
    timezone: program.timezone,
    visitReminderLeadDays: program.visitReminderLeadDays,
    overdueGraceDays: program.overdueGraceDays,
    approvalReminderDays: program.approvalReminderDays,
    approvalEscalationDays: program.approvalEscalationDays,
    approvalExpiryDays: program.approvalExpiryDays,
    evaluationCron: program.evaluationCron,
    budgetStart: program.budgetStart,
    budgetEnd: program.budgetEnd,
    active: program.active,
    createdAt: program.createdAt.toISOString(),
    updatedAt: program.updatedAt.toISOString(),
  };
}
