import { ROLES } from '@berdaya/empowerment';

/** Role choices for a select, their names translated by react-admin. */
export const ROLE_CHOICES = ROLES.map((role) => ({
  id: role,
  name: `berdaya.users.roles.${role}`,
}));

export const LOCALE_CHOICES = (['id', 'en'] as const).map((locale) => ({
  id: locale,
  name: `berdaya.users.locales.${locale}`,
}));
