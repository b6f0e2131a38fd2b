import { RESOURCE_BLOCKERS, RESOURCE_KINDS } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const id = z.uuid({ error: 'must be an id (a uuid)' });
const name = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(500, { error: 'must be at most 500 characters' });
const description = z
  .string()
  .trim()
  .max(5000, { error: 'must be at most 5000 characters' })
  .nullable();
const kind = z.enum(RESOURCE_KINDS, { error: `must be one of ${RESOURCE_KINDS.join(', ')}` });
const blockers = z
  .array(z.enum(RESOURCE_BLOCKERS, { error: `must be one of ${RESOURCE_BLOCKERS.join(', ')}` }))
  .refine((list) => new Set(list).size === list.length, {
    error: 'must not repeat a blocker',
    params: { code: 'repeated' },
  });
// Read-only fields react-admin sends back with an update: accepted, never applied.
const readOnly = z.unknown().optional();

/** The body of POST /resources: something the community has, and what keeps it from use. */
export const newResourceSchema = documented(
  'NewResource',
  z.strictObject({
    caseId: id,
    name,
    kind,
    description: description.optional(),
    blockers: blockers.optional(),
  }),
);
export type NewResource = z.output<typeof newResourceSchema>;

/** The body of PUT /resources/:id. */
export const resourceChangesSchema = documented(
  'ResourceChanges',
  z.strictObject({
    id: readOnly,
    caseId: readOnly,
    createdAt: readOnly,
    updatedAt: readOnly,
    name: name.optional(),
    kind: kind.optional(),
    description: description.optional(),
    blockers: blockers.optional(),
  }),
);
export type ResourceChanges = z.output<typeof resourceChangesSchema>;
