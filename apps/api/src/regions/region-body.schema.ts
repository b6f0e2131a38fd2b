import { REGION_LEVELS } from '@berdaya/db';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';
import { parseRegionCode, REGION_CODE_SHAPE } from './region-code';

const code = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const parsed = parseRegionCode(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: REGION_CODE_SHAPE,
        params: { code: 'region_code_shape' },
      });
      return z.NEVER;
    }
    return { code: value, ...parsed };
  })
  .meta({ example: '33.74.01.1001' });
const name = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' })
  .meta({ example: 'Sumurboto' });
const level = z.enum(REGION_LEVELS, { error: `must be one of ${REGION_LEVELS.join(', ')}` });

/** The body of POST /regions: the level and the parent follow from the code. */
export const newRegionSchema = documented(
  'NewRegion',
  z
    .strictObject({
      code,
      name,
      level: level.optional().meta({ description: 'If given, must be the one the code says' }),
    })
    .superRefine(({ code: { code, level }, level: given }, ctx) => {
      if (given !== undefined && given !== level) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `must be ${level}, as the code ${code} says`,
          params: { code: 'region_level_by_code', level, regionCode: code },
        });
      }
    })
    .transform(({ code, name }) => ({ ...code, name })),
);
export type NewRegion = z.output<typeof newRegionSchema>;

/**
 * The body of PUT /regions/:id: only the name changes. react-admin sends the whole record back,
 * so the other fields are accepted as long as they are what the region has.
 */
export const regionChangesSchema = documented(
  'RegionChanges',
  z.strictObject({
    name: name.optional(),
    id: z.string().optional().meta({ description: 'Ignored: the URL names the region' }),
    code: z.string().optional().meta({ description: 'Must be unchanged' }),
    level: z.string().optional().meta({ description: 'Must be unchanged' }),
    parentId: z.string().nullable().optional().meta({ description: 'Must be unchanged' }),
  }),
);
export type RegionChanges = z.output<typeof regionChangesSchema>;
