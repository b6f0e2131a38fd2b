import { z } from 'zod';

/**
 * The zod schemas the OpenAPI document describes as components. Validation and documentation come
 * from the same schema, so the two cannot drift apart.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** Registers `schema` as the OpenAPI component `id` and returns it unchanged. */
export function documented<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

/** An OpenAPI reference to a schema registered with `documented`. */
export function schemaRef(schema: z.ZodType): { $ref: string } {
  const meta = apiSchemas.get(schema);
  if (!meta) throw new Error('schemaRef: the schema is not registered with documented()');
  return { $ref: `#/components/schemas/${meta.id}` };
}
