import { TRANSITION_REQUEST_STATUSES, type TransitionRequestEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const moment = z.string().meta({ format: 'date-time' });

/** A request to move a case on, as the api answers it. */
export const transitionRequestRecordSchema = documented(
  'TransitionRequest',
  z.object({
    id: z.uuid(),
    caseId: z.uuid(),
    event: z.string(),
    fromStage: z.string(),
    toStage: z.string(),
    requestedBy: z.uuid(),
    requesterName: z.string().nullable(),
    reason: z.string().nullable(),
    checklist: z.array(z.string()),
    evidence: z.array(z.string()),
    status: z.enum(TRANSITION_REQUEST_STATUSES),
    caseVersion: z.number().int(),
    decidedBy: z.uuid().nullable(),
    decidedAt: moment.nullable(),
    decisionComment: z.string().nullable(),
    remindAt: moment,
    escalateAt: moment,
    expireAt: moment,
    createdAt: moment,
    updatedAt: moment,
  }),
);
export type TransitionRequestRecord = z.infer<typeof transitionRequestRecordSchema>;

/** `requesterName` is the requester's full name, which deciders see though they cannot read users. */
export function toTransitionRequestRecord(
  request: TransitionRequestEntity,
  requesterName: string | null,
): TransitionRequestRecord {
  return {
    id: request.id,
    caseId: request.caseId,
    event: request.event,
    fromStage: request.fromStage,
    toStage: request.toStage,
    requestedBy: request.requestedBy,
    requesterName,
    reason: request.reason,
    checklist: request.checklist,
    evidence: request.evidence,
    status: request.status,
    caseVersion: request.caseVersion,
    decidedBy: request.decidedBy,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionComment: request.decisionComment,
    remindAt: request.remindAt.toISOString(),
    escalateAt: request.escalateAt.toISOString(),
    expireAt: request.expireAt.toISOString(),
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}
