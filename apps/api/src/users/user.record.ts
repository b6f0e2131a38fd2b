import { USER_LOCALES } from '@berdaya/db';
import { ROLES } from '@berdaya/empowerment';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A user as the api answers it: never with the password or its hash. */
export const userRecordSchema = documented(
  'User',
  z.object({
    id: z.uuid(),
    email: z.string().meta({ example: 'siti@yayasan.example' }),
    fullName: z.string().meta({ example: 'Siti Rahayu' }),
    role: z.enum(ROLES),
    locale: z.enum(USER_LOCALES),
    active: z.boolean(),
    programIds: z.array(z.uuid()).meta({ description: 'The programs the user works in' }),
    regionIds: z.array(z.uuid()).meta({
      description: 'The regions the user works in, each with everything under it',
    }),
  }),
);
export type UserRecord = z.infer<typeof userRecordSchema>;
