import { CASE_EVENT_TYPES, type CaseEventEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** One entry of a case's history as the api answers it. */
export const caseEventRecordSchema = documented(
  'CaseEvent',
  z.object({
    // A bigint, sent as digits: a JavaScript number cannot hold every one.
    id: z.string().meta({ example: '42' }),
    caseId: z.uuid(),
    type: z.enum(CASE_EVENT_TYPES),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable().meta({ example: 'Siti Rahayu' }),
    fromStage: z.string().nullable(),
    toStage: z.string().nullable(),
    event: z.string().nullable(),
    reason: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    occurredAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type CaseEventRecord = z.infer<typeof caseEventRecordSchema>;

/** `actorName` is the actor's full name, which colleagues see though they cannot read users. */
export function toCaseEventRecord(
  event: CaseEventEntity,
  actorName: string | null,
): CaseEventRecord {
  return {
    id: event.id,
    caseId: event.caseId,
    type: event.type,
    actorId: event.actorId,
    actorName,
    fromStage: event.fromStage,
    toStage: event.toStage,
    event: event.event,
    reason: event.reason,
    payload: event.payload,
    occurredAt: event.occurredAt.toISOString(),
  };
}
