import { Body, Query } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';

const csvBody = z.string({
  error: 'must be the CSV file itself, sent with Content-Type: text/csv',
});

const importQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});

/** The CSV text of an import route (400 unless sent as text/csv). */
export const CsvBody = (): ParameterDecorator => Body(new ZodValidationPipe(csvBody));

/** `?dryRun=true` of an import route, as a boolean (false when absent). */
export const DryRunQuery = (): ParameterDecorator =>
  Query(new ZodValidationPipe(importQuery.transform(({ dryRun }) => dryRun)));
