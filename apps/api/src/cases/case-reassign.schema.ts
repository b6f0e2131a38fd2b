import { z } from 'zod';

/** What `PUT /api/cases/:id` changes: the facilitator in charge (null for none). */
export const caseReassignSchema = z.strictObject({
  facilitatorId: z.uuid().nullable(),
});
export type CaseReassign = z.infer<typeof caseReassignSchema>;
