import 'reflect-metadata';
import { bootFailureMessage, ConfigError, createAppLogger, loadConfig } from '@berdaya/config';
import { prepareDatabase } from '@berdaya/db';
import { assertRedisReachable } from '@berdaya/jobs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { resolve } from 'node:path';
import { serveAdminPanel } from './admin-panel/serve-admin-panel';
import { AppModule } from './app.module';
import { configureHttp } from './common/http/configure-http';
import { createHttpAdapter } from './common/http/create-http-adapter';

// The build keeps the repository's layout under dist/apps/api (this file is
// dist/apps/api/apps/api/src/main.js), and the admin panel builds to dist/apps/admin.
const ADMIN_DIST_DIR = resolve(__dirname, '../../../../admin');

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createAppLogger(config, 'api');
  // Before anything logs: the migrations' lines (TypeORM writes through Nest's Logger) are JSON too.
  Logger.overrideLogger(logger);
  const dataSource = await prepareDatabase(config);
  await assertRedisReachable(config.redisUrl);

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource),
    createHttpAdapter(),
    {
      logger,
      // Errors during startup reach the handler below instead of aborting with a core dump.
      abortOnError: false,
    },
  );
  await configureHttp(app, config);
  // process.exit(0) once closed, rather than re-raising the signal, so Ctrl-C and SIGTERM end cleanly.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await serveAdminPanel(app, ADMIN_DIST_DIR);

  await app.listen(config.port, '0.0.0.0').catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw new ConfigError([
        `PORT ${config.port} is already in use; stop what uses it or choose another PORT`,
      ]);
    }
    throw error;
  });
  Logger.log(`API listening on http://0.0.0.0:${config.port}/api`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(bootFailureMessage(error));
  process.exit(1);
});
