import { definitionSchema } from '@berdaya/workflow';
import { z } from 'zod';

const INT4_MAX = 2_147_483_647;
const SHAPE = 'must be <definitionId>@<version>, e.g. empowerment-default@1';

/** Names one version of a workflow definition, as `<definitionId>@<version>` in URLs and filters. */
export interface DefinitionKey {
  id: string;
  version: number;
}

/** Parses `empowerment-default@1`; the parts follow the engine's own rules for id and version. */
export const definitionKeySchema = z
  .string({ error: SHAPE })
  .transform((raw, ctx): DefinitionKey => {
    const at = raw.lastIndexOf('@');
    const id = raw.slice(0, at);
    const version = /^\d+$/.test(raw.slice(at + 1)) ? Number(raw.slice(at + 1)) : NaN;
    if (
      at < 0 ||
      !definitionSchema.shape.id.safeParse(id).success ||
      !definitionSchema.shape.version.safeParse(version).success ||
      version > INT4_MAX
    ) {
      ctx.addIssue({ code: 'custom', message: SHAPE, params: { code: 'definition_key_shape' } });
      return z.NEVER;
    }
    return { id, version };
  });
