import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

const serviceHealthSchema = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().meta({ example: 0.8 }),
  error: z.string().optional().meta({ example: 'Redis at 127.0.0.1:6379: Connection is closed.' }),
});
export type ServiceHealth = z.infer<typeof serviceHealthSchema>;

/** What GET /api/health answers: 200 when every backing service answers, 503 otherwise. */
export const healthReportSchema = documented(
  'HealthReport',
  z.object({
    status: z.enum(['ok', 'down']),
    postgres: serviceHealthSchema,
    redis: serviceHealthSchema,
  }),
);
export type HealthReport = z.infer<typeof healthReportSchema>;
