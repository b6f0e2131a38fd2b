import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { RequestValidationException } from './request-validation.exception';
import { fieldProblemsOf } from './zod-field-problem';

/**
 * Validates a body, query or route parameter with a zod schema and hands the handler the parsed
 * value. Unknown body fields are refused by the schemas themselves (`z.strictObject`); each one is
 * named as a field of its own.
 */
@Injectable()
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<T> {
    // With its input, an issue tells a missing value from a wrong one.
    const result = this.schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    // `@Param('id')` validates a part of the request: its problems are named from there.
    const base = metadata.data ? [metadata.data] : [];
    const name = (path: readonly PropertyKey[]) =>
      [...base, ...path.map(String)].join('.') || metadata.type;
    throw new RequestValidationException(fieldProblemsOf(result.error.issues, name));
  }
}
