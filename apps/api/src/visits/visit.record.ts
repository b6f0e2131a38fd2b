import { FACILITATOR_ROLES, VISIT_PURPOSES, VISIT_STATUSES, type VisitEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const day = z.string().meta({ format: 'date', example: '2026-11-22' });

/** A visit as the api answers it. */
export const visitRecordSchema = documented(
  'Visit',
  z.object({
    id: z.uuid(),
    caseId: z.uuid(),
    facilitatorId: z.uuid().nullable(),
    plannedOn: day,
    doneOn: day.nullable(),
    purpose: z.enum(VISIT_PURPOSES),
    technique: z.string().nullable(),
    participants: z.number().int().nullable(),
    womenParticipants: z.number().int().nullable(),
    notes: z.string().nullable(),
    followUpActions: z.string().nullable(),
    rolePlayed: z.enum(FACILITATOR_ROLES).nullable(),
    status: z.enum(VISIT_STATUSES),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type VisitRecord = z.infer<typeof visitRecordSchema>;

export function toVisitRecord(visit: VisitEntity): VisitRecord {
  return {
    id: visit.id,
    caseId: visit.caseId,
    facilitatorId: visit.facilitatorId,
    plannedOn: visit.plannedOn,
    doneOn: visit.doneOn,
    purpose: visit.purpose,
    technique: visit.technique,
    participants: visit.participants,
    womenParticipants: visit.womenParticipants,
    notes: visit.notes,
    followUpActions: visit.followUpActions,
    rolePlayed: visit.rolePlayed,
    status: visit.status,
    createdAt: visit.createdAt.toISOString(),
    updatedAt: visit.updatedAt.toISOString(),
  };
}
