import { FACILITATOR_ROLES, VISIT_PURPOSES, VISIT_STATUSES } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const id = z.uuid({ error: 'must be an id (a uuid)' });
const day = z.iso.date({ error: 'must be a date, such as 2026-01-31' });
const count = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be at least 0' })
  .max(1_000_000, { error: 'must be at most 1000000' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable();
const purpose = z.enum(VISIT_PURPOSES, { error: `must be one of ${VISIT_PURPOSES.join(', ')}` });
// Read-only fields react-admin sends back with an update: accepted, never applied.
const readOnly = z.unknown().optional();

/** The body of POST /visits: a visit planned for a case. */
export const newVisitSchema = documented(
  'NewVisit',
  z.strictObject({
    caseId: id,
    plannedOn: day,
    purpose,
    facilitatorId: id.nullable().optional(),
  }),
);
export type NewVisit = z.output<typeof newVisitSchema>;

/** The body of PUT /visits/:id: a replanned visit, or one logged done, missed or cancelled. */
export const visitChangesSchema = documented(
  'VisitChanges',
  z.strictObject({
    id: readOnly,
    caseId: readOnly,
    createdAt: readOnly,
    updatedAt: readOnly,
    plannedOn: day.optional(),
    purpose: purpose.optional(),
    facilitatorId: id.nullable().optional(),
    status: z
      .enum(VISIT_STATUSES, { error: `must be one of ${VISIT_STATUSES.join(', ')}` })
      .optional(),
    doneOn: day.nullable().optional(),
    technique: text(500).optional(),
    participants: count.nullable().optional(),
    womenParticipants: count.nullable().optional(),
    notes: text(10_000).optional(),
    followUpActions: text(5000).optional(),
    rolePlayed: z
      .enum(FACILITATOR_ROLES, { error: `must be one of ${FACILITATOR_ROLES.join(', ')}` })
      .nullable()
      .optional(),
  }),
);
export type VisitChanges = z.output<typeof visitChangesSchema>;
