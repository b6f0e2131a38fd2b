import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { z } from 'zod';
import { errorBodySchema } from '../errors/error-body.schema';
import { schemaRef } from '../openapi/api-schemas';
import { MAX_PAGE_SIZE } from './list-query';
import type { ListResource } from './list-resource';

/** Documents a list route of react-admin's simple REST protocol from what the resource declares. */
export function ApiList(resource: ListResource, item: z.ZodType): MethodDecorator {
  const fields = Object.entries(resource.fields);
  const sortable = fields.filter(([, field]) => field.sortBy).map(([name]) => name);
  const ranges = fields.filter(([, field]) => field.rangeColumn).map(([name]) => name);
  const filters = [
    ...(resource.searchIn.length > 0 ? ['`q` (text search, case-insensitive)'] : []),
    ...fields.map(([name]) => `\`${name}\``),
    ...ranges.flatMap((name) => [`\`${name}_gte\``, `\`${name}_lte\``]),
  ];
  return applyDecorators(
    ApiQuery({
      name: 'sort',
      required: false,
      type: String,
      description: `JSON \`[field, "ASC" | "DESC"]\`. Fields: ${sortable.join(', ')}.`,
      example: `["${sortable[0] ?? 'id'}","ASC"]`,
    }),
    ApiQuery({
      name: 'range',
      required: false,
      type: String,
      description:
        `JSON \`[first, last]\`, zero-based and inclusive. At most ${MAX_PAGE_SIZE} rows are ` +
        `answered (a wider range is cut); without it, the first ${MAX_PAGE_SIZE}.`,
      example: '[0,24]',
    }),
    ApiQuery({
      name: 'filter',
      required: false,
      type: String,
      description:
        `JSON object; every key must hold. A value matches equal rows, an array any of its values. ` +
        `Keys: ${filters.join(', ')}.`,
      example: '{}',
    }),
    ApiOkResponse({
      description: 'One page of rows',
      schema: { type: 'array', items: schemaRef(item) },
      headers: {
        'Content-Range': {
          description: `\`${resource.name} <first>-<last>/<total>\` (\`${resource.name} */<total>\` for an empty page)`,
          schema: { type: 'string', example: `${resource.name} 0-24/100` },
        },
      },
    }),
    ApiBadRequestResponse({
      description: 'A parameter is not valid JSON, or names an unknown field',
      schema: schemaRef(errorBodySchema),
    }),
  );
}
