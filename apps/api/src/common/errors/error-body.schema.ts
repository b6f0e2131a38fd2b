import { API_ERRORS, FIELD_PROBLEMS } from '@berdaya/api-problems';
import { z } from 'zod';
import { documented } from '../openapi/api-schemas';

const params = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .optional()
  .meta({ description: "What the code's message names", example: { minimum: 1 } });

const codes = <T extends Record<string, unknown>>(catalog: T) =>
  Object.keys(catalog) as [keyof T & string, ...(keyof T & string)[]];

/**
 * What every error answers. `code` says what it is about, for a client to put in its own words
 * with `params`; `message` says the same in English. A 400 or 422 from validation adds `fields`,
 * naming each bad one alike.
 */
export const errorBodySchema = documented(
  'Error',
  z.object({
    statusCode: z.number().int().meta({ example: 400 }),
    error: z.string().meta({ example: 'Bad Request' }),
    code: z.enum(codes(API_ERRORS)).meta({ example: 'INVALID_FIELDS' }),
    params,
    message: z.string().meta({ example: 'filter.status: must be one of active, closed' }),
    fields: z
      .array(
        z.object({
          field: z.string().meta({ example: 'filter.status' }),
          code: z.enum(codes(FIELD_PROBLEMS)).meta({ example: 'one_of' }),
          params,
          message: z.string().meta({ example: 'must be one of active, closed' }),
        }),
      )
      .optional(),
  }),
);

export type ErrorBody = z.infer<typeof errorBodySchema> & Record<string, unknown>;
