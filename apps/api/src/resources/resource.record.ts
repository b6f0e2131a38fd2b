import { RESOURCE_BLOCKERS, RESOURCE_KINDS, type ResourceEntity } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A resource of a case as the api answers it. */
export const resourceRecordSchema = documented(
  'Resource',
  z.object({
    id: z.uuid(),
    caseId: z.uuid(),
    name: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    description: z.string().nullable(),
    blockers: z.array(z.enum(RESOURCE_BLOCKERS)),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  }),
);
export type ResourceRecord = z.infer<typeof resourceRecordSchema>;

export function toResourceRecord(resource: ResourceEntity): ResourceRecord {
  return {
    id: resource.id,
    caseId: resource.caseId,
    name: resource.name,
    kind: resource.kind,
    description: resource.description,
    blockers: resource.blockers,
    createdAt: resource.createdAt.toISOString(),
    updatedAt: resource.updatedAt.toISOString(),
  };
}
