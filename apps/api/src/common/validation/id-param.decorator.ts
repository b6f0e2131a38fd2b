import { Param } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe';

const uuid = z.uuid({ error: 'must be an id (a uuid)' });

/** The `:id` of a route whose records have uuid keys (400 when it is not one). */
export const IdParam = (): ParameterDecorator => Param('id', new ZodValidationPipe(uuid));
