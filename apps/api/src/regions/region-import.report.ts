import { REGION_IMPORT_PROBLEMS, type RegionImportProblemCode } from '@berdaya/api-problems';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const PROBLEMS_AND_PARAMS = Object.entries(REGION_IMPORT_PROBLEMS)
  .map(([problem, params]) => (params.length > 0 ? `${problem} {${params.join(', ')}}` : problem))
  .join(', ');

/** What POST /regions/import answers: with `dryRun`, what it would do. */
export const regionImportReportSchema = documented(
  'RegionImportReport',
  z.object({
    dryRun: z.boolean(),
    rows: z.number().int().meta({ description: 'The rows read, the header left out' }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    errors: z
      .array(
        z.object({
          line: z.number().int().meta({ example: 12 }),
          code: z.string().nullable().meta({
            description: 'The region code written on the line; null for the file or its header',
            example: '33.74.01.1001',
          }),
          problem: z.enum(Object.keys(REGION_IMPORT_PROBLEMS) as [RegionImportProblemCode]).meta({
            description: `Why, for a client to word itself (catalogued in libs/api-problems, REGION_IMPORT_PROBLEMS), with the params it names: ${PROBLEMS_AND_PARAMS}`,
            example: 'parent_missing',
          }),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .meta({ example: { parent: '33.74.01' } }),
          message: z.string().meta({
            description: 'The same, in English',
            example: 'its parent 33.74.01 is neither in the file nor stored',
          }),
        }),
      )
      .meta({ description: 'The first 1000 problems, by line' }),
  }),
);
export type RegionImportReport = z.infer<typeof regionImportReportSchema>;
