import { PASSWORD_MIN_LENGTH } from '@berdaya/config';
import { USER_LOCALES } from '@berdaya/db';
import { ROLES } from '@berdaya/empowerment';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';
import { withoutFields } from '../common/validation/without-fields';

// Stored lower-case, as the unique index compares e-mails whatever their case.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an e-mail address, such as siti@yayasan.example' }));
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  // argon2 would take any length; this keeps one request from costing much more than another.
  .max(1024, { error: 'must be at most 1024 characters' });
const fullName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });
const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });
const locale = z.enum(USER_LOCALES, { error: `must be one of ${USER_LOCALES.join(', ')}` });
const ids = z
  .array(z.uuid({ error: 'must be an id (a uuid)' }))
  .max(1000, { error: 'must list at most 1000 ids' })
  .transform((list) => [...new Set(list)]);

/** The body of POST /users. */
export const newUserSchema = documented(
  'NewUser',
  z.strictObject({
    email,
    password,
    fullName,
    role,
    locale: locale.default('id'),
    active: z.boolean().default(true),
    programIds: ids.default([]),
    regionIds: ids.default([]),
  }),
);
export type NewUser = z.output<typeof newUserSchema>;

/**
 * The body of PUT /users/:id: the fields to change, a new password among them if given. react-admin
 * sends the whole record back, so `id` is accepted and ignored (the URL names the user).
 */
export const userChangesSchema = documented(
  'UserChanges',
  z
    .strictObject({
      id: z.string().optional().meta({ description: 'Ignored: the URL names the user' }),
      email: email.optional(),
      password: password.optional(),
      fullName: fullName.optional(),
      role: role.optional(),
      locale: locale.optional(),
      active: z.boolean().optional(),
      programIds: ids.optional(),
      regionIds: ids.optional(),
    })
    .transform((body) => withoutFields(body, ['id'])),
);
export type UserChanges = z.output<typeof userChangesSchema>;
