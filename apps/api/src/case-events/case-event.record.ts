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
    fromStage: z.string().nullable(),
    toStage: z.string().nullable(),
    event: z.string().nullable(),
    reason: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    occurredAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type CaseEventRecord = z.infer<typeof caseEventRecordSchema>;

export function toCaseEventRecord(event: CaseEventEntity): CaseEventRecord {
  return {
    id: event.id,
    caseId: event.caseId,
    type: event.type,
    actorId: event.actorId,
    fromStage: event.fromStage,
    toStage: event.toStage,
    event: event.event,
    reason: event.reason,
    payload: event.payload,
    occurredAt: event.occurredAt.toISOString(),
  };
}
