import { USER_LOCALES } from '@berdaya/db';
import { ROLES } from '@berdaya/empowerment';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** A new pair of tokens: what POST /auth/refresh answers. */
export const tokenPairSchema = documented(
  'TokenPair',
  z.object({
    accessToken: z.string().meta({
      description: 'A JWT for `Authorization: Bearer`, valid for 15 minutes',
    }),
    refreshToken: z.string().meta({
      description: 'Usable once, within 30 days, for the next pair (POST /api/auth/refresh)',
    }),
  }),
);
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** What POST /auth/login answers: the admin panel keeps the tokens and shows the user. */
export const signInSchema = documented(
  'SignIn',
  tokenPairSchema.extend({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      fullName: z.string(),
      role: z.enum(ROLES),
      locale: z.enum(USER_LOCALES),
    }),
  }),
);
export type SignIn = z.infer<typeof signInSchema>;
