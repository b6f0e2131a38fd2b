import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** The engine's DefinitionProblem, described for the OpenAPI document. */
export const definitionProblemSchema = documented(
  'DefinitionProblem',
  z.object({
    code: z.string().meta({
      description:
        "What is wrong, for a client to word itself: one of the engine's ProblemCode (libs/workflow)",
      example: 'UNKNOWN_STAGE',
    }),
    params: z.record(z.string(), z.string()).meta({
      description:
        'What the message names (stage, event, from, to, initial, final, item, owner, label, language, field), by code: DefinitionProblemParams in libs/workflow',
      example: { event: 'ADVANCE', from: 'intake', to: 'x' },
    }),
    issue: z
      .object({
        code: z.string().meta({ example: 'bad_format' }),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      })
      .optional()
      .meta({
        description:
          'INVALID_FIELD only: why the value was refused, as a field problem code (FIELD_PROBLEMS in libs/api-problems)',
      }),
    message: z.string().meta({
      description: 'The same, in English',
      example: 'event "ADVANCE" from "intake" targets unknown stage "x"',
    }),
    path: z
      .string()
      .meta({ description: 'Where in the JSON document', example: 'transitions.0.to' }),
    stage: z.string().optional(),
    event: z.string().optional(),
  }),
);

/** What POST /workflow-definitions/validate answers. */
export const definitionValidationSchema = documented(
  'DefinitionValidation',
  z.object({ valid: z.boolean(), problems: z.array(definitionProblemSchema) }),
);
export type DefinitionValidation = z.infer<typeof definitionValidationSchema>;

/** The 422 of a definition the engine refuses. */
export const definitionProblemsErrorSchema = documented(
  'DefinitionProblemsError',
  z.object({
    statusCode: z.number().int().meta({ example: 422 }),
    error: z.string().meta({ example: 'Unprocessable Entity' }),
    message: z.string().meta({
      example: 'The workflow definition is not valid: final stage "done" is not defined',
    }),
    problems: z.array(definitionProblemSchema),
  }),
);
