import { USER_LOCALES } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** The body of POST /auth/login. The e-mail is not checked for shape: any wrong one is a 401. */
export const credentialsSchema = documented(
  'Credentials',
  z.strictObject({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { error: 'must not be empty' })
      .max(320, { error: 'must be at most 320 characters' })
      .meta({ example: 'siti@yayasan.example' }),
    password: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(1024, { error: 'must be at most 1024 characters' }),
  }),
);
export type Credentials = z.output<typeof credentialsSchema>;

/** The body of POST /auth/refresh and POST /auth/logout. */
export const refreshTokenBodySchema = documented(
  'RefreshTokenBody',
  z.strictObject({
    refreshToken: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(200, { error: 'must be at most 200 characters' }),
  }),
);
export type RefreshTokenBody = z.output<typeof refreshTokenBodySchema>;

/** The body of PUT /auth/me: what a user may change of their own record, whatever their role. */
export const ownSettingsSchema = documented(
  'OwnSettings',
  z.strictObject({
    locale: z.enum(USER_LOCALES, { error: `must be one of ${USER_LOCALES.join(', ')}` }),
  }),
);
export type OwnSettings = z.output<typeof ownSettingsSchema>;
