import { NAMED_PATTERNS } from '@berdaya/api-problems';
import { z } from 'zod';

/** `POST /api/cases/:id/transitions`: a move the caller asks for, against the version they saw. */
export const caseMoveSchema = z.strictObject({
  event: z.string().regex(NAMED_PATTERNS.upper_snake_case, 'must be an event name such as ADVANCE'),
  reason: z.string().trim().min(1).max(2000).optional(),
  checklist: z.array(z.string().max(100)).max(200).optional(),
  evidence: z
    .array(z.uuid({ error: 'must be an attachment id (a uuid)' }))
    .max(20)
    .optional(),
  expectedVersion: z.number().int().min(1),
});

export const approveSchema = z.strictObject({
  comment: z.string().trim().min(1).max(2000).optional(),
});
export const rejectSchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const idParamSchema = z.uuid({ error: 'must be an id (a uuid)' });
