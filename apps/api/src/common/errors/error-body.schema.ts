import { z } from 'zod';
import { documented } from '../openapi/api-schemas';

/** What every error answers; a 400 from validation adds `fields`, naming each bad one. */
export const errorBodySchema = documented(
  'Error',
  z.object({
    statusCode: z.number().int().meta({ example: 400 }),
    error: z.string().meta({ example: 'Bad Request' }),
    message: z.string().meta({ example: 'filter.status: Invalid option' }),
    fields: z
      .array(
        z.object({
          field: z.string().meta({ example: 'filter.status' }),
          message: z.string().meta({ example: 'Invalid option' }),
        }),
      )
      .optional(),
  }),
);

export type ErrorBody = z.infer<typeof errorBodySchema> & Record<string, unknown>;
