import 'reflect-metadata';
import { bootFailureMessage, createAppLogger, loadConfig, serviceAddress } from '@berdaya/config';
import { prepareDatabase } from '@berdaya/db';
import { assertRedisReachable } from '@berdaya/jobs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createAppLogger(config, 'worker');
  // Before anything logs: the migrations' lines (TypeORM writes through Nest's Logger) are JSON too.
  Logger.overrideLogger(logger);
  const dataSource = await prepareDatabase(config);
  await assertRedisReachable(config.redisUrl);

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, dataSource), {
    logger,
    // Errors during startup reach the handler below instead of aborting with a core dump.
    abortOnError: false,
  });
  // process.exit(0) once every connection is closed, so an orchestrator's SIGTERM ends cleanly.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });

  const database = `${serviceAddress(config.databaseUrl)}${new URL(config.databaseUrl).pathname}`;
  Logger.log(
    `worker ready: PostgreSQL ${database}, Redis ${serviceAddress(config.redisUrl)}`,
    'Worker',
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(bootFailureMessage(error));
  process.exit(1);
});
