import type { AppConfig } from '@berdaya/config';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { ApiMetrics } from '../../operations/api-metrics';
import { registerQueueBoard } from '../../operations/queue-board';
import { setUpApiDocs } from '../openapi/setup-api-docs';
import { BODY_LIMIT_BYTES, CSV_BODY_LIMIT_BYTES } from './body-limit';

/**
 * Everything about HTTP that is not a route, applied before `init()` by main and by the tests alike:
 * the /api prefix, security headers, CORS, body parsing (file uploads included) and the OpenAPI
 * document.
 */
export async function configureHttp(
  app: NestFastifyApplication,
  config: Pick<AppConfig, 'corsOrigins' | 'uploadMaxBytes'>,
): Promise<void> {
  app.setGlobalPrefix('api');
  const metrics = app.get(ApiMetrics);
  // Every answer, those of guards, 404s and errors included; labelled by the route's pattern.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      metrics.observeHttp(
        request.method,
        request.routeOptions.url ?? 'unmatched',
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
      done();
    });
  await app.register(helmet, {
    contentSecurityPolicy: {
      // Helmet's default would make browsers fetch the panel's own scripts over https, which breaks
      // it wherever the api is reached over plain http (docker compose on :3000, a LAN address).
      // Sending every request over TLS is the job of the proxy that terminates it.
      directives: { upgradeInsecureRequests: null },
    },
  });
  app.enableCors({
    origin: [...config.corsOrigins],
    // @fastify/cors allows only GET, HEAD and POST unless told; react-admin also updates (PUT) and deletes.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    // react-admin reads a list's total from Content-Range, which a browser hides from a page on
    // another origin unless it is exposed.
    exposedHeaders: ['Content-Range'],
  });

  // Refusing `__proto__` and `constructor.prototype` keys, as Fastify's own JSON parser does.
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  // react-admin's fetchJson sends `Content-Type: application/json` on every POST, even one without
  // a body (publish, retire): an empty body is no body, not malformed JSON. Registering JSON here
  // also leaves out the form-encoded parser: the api reads JSON, and CSV where a route imports it.
  app.useBodyParser<RawServerDefault>(
    'application/json',
    { bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      if (body.length === 0) {
        done(null, undefined);
        return;
      }
      void parseJson(request, body.toString('utf8'), done);
    },
  );
  // Handed on as text; what the rows mean is the importing route's to check.
  app.useBodyParser<RawServerDefault>(
    'text/csv',
    { bodyLimit: CSV_BODY_LIMIT_BYTES },
    (_request, body, done) => {
      done(null, body.toString('utf8'));
    },
  );
  // Multipart bodies are read as streams by the route that takes a file (POST /attachments), which
  // sees a file over the limit cut short and answers 413 itself, naming the limit. The field limits
  // keep anything else in the form to a few short values.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: config.uploadMaxBytes, fields: 10, fieldSize: 1024, parts: 20 },
  });

  await registerQueueBoard(app);
  setUpApiDocs(app);
}
