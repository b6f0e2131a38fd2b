import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A facilitator as a colleague sees them: enough to pick them, nothing of their account. */
export const facilitatorRecordSchema = documented(
  'Facilitator',
  z.object({
    id: z.uuid(),
    fullName: z.string().meta({ example: 'Agus Prasetyo' }),
    email: z.string().meta({ example: 'agus@yayasan.example' }),
  }),
);
export type FacilitatorRecord = z.infer<typeof facilitatorRecordSchema>;
