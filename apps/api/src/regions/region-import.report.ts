import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

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
          code: z.string().nullable().meta({ example: '33.74.01.1001' }),
          message: z.string().meta({
            example: 'its parent 33.74.01 is neither in the file nor stored',
          }),
        }),
      )
      .meta({ description: 'The first 1000 problems, by line' }),
  }),
);
export type RegionImportReport = z.infer<typeof regionImportReportSchema>;
