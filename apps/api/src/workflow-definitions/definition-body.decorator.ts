import { Body } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe';

// Only the shape is checked here: whether it is a definition is the engine's to say (422).
const definitionBody = z.record(z.string(), z.unknown(), {
  error: 'must be a JSON object: the workflow definition',
});

/** The body of a route that takes a workflow definition. */
export const DefinitionBody = (): ParameterDecorator => Body(new ZodValidationPipe(definitionBody));
