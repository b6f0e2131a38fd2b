import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { apiSchemas } from './api-schemas';

/** The zod schemas registered with `documented`, as OpenAPI 3.0 components. */
function componentSchemas(): Record<string, SchemaObject> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: 'openapi-3.0',
    // Bodies are documented as a client writes them (defaults may be left out).
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    // `$id` is JSON Schema's, not OpenAPI's; the component's key already names it.
    Object.entries(schemas).map(([id, { $id: _, ...schema }]) => [id, schema as SchemaObject]),
  );
}

/** Serves the OpenAPI document at /api/docs-json and its browsable form at /api/docs. */
export function setUpApiDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Berdaya API')
    .setDescription(
      "Lists, records and actions in react-admin's simple REST protocol: a list takes `sort`, " +
        '`range` and `filter` as JSON in the query string and answers a JSON array with the ' +
        'total in `Content-Range`. Every error is `{ statusCode, error, code, params?, message }`: ' +
        '`code` for a client to word in its own language with `params`, `message` in English; a ' +
        '400 or 422 from validation adds `fields`, naming each bad one alike. Every route but health, sign-in, refresh ' +
        'and sign-out takes the access token from `POST /api/auth/login` as `Authorization: Bearer`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    // As AuthGuard does, every route needs the token unless `@Public()` says otherwise.
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...componentSchemas() },
  };
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    raw: ['json'],
  });
}
