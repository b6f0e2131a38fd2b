import { NAMED_PATTERNS } from '@berdaya/api-problems';
import { z } from 'zod';

const INT4_MAX = 2_147_483_647;

/**
 * Parsers of filter values. Each refuses what the column could not hold, so a bad value is a 400
 * naming the filter rather than an error from the database.
 */
export const filterValues = {
  text: z.string(),
  uuid: z.uuid({ error: 'must be an id (a uuid)' }),
  /** `true` or `false`, also as text (what a form input sends). */
  boolean: z.union(
    [z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')],
    {
      error: 'must be true or false',
    },
  ),
  /** A whole number, also as digits in a string (what a form input sends). */
  integer: z
    .union([
      z.number(),
      z.string().regex(NAMED_PATTERNS.not_whole_number, 'must be a whole number').transform(Number),
    ])
    .pipe(z.number().int().min(-INT4_MAX).max(INT4_MAX)),
  /** A date (`2026-03-01`) or a date-time with its offset (`2026-03-01T08:00:00Z`). */
  timestamp: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (2026-03-01) or a date-time with offset (2026-03-01T08:00:00Z)',
  }),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: `must be one of ${values.join(', ')}` }),
};
