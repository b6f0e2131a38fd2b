import type { AppConfig } from '@berdaya/config';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { entities } from './entities';
import { migrations } from './migrations';
import { TypeOrmLogger } from './typeorm-logger';

/** Bounds how long a boot or a health check waits for a server that does not answer at all. */
const CONNECT_TIMEOUT_MS = 5_000;

/** The one TypeORM configuration, shared by the api, the worker and the tests. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl'>,
): PostgresDataSourceOptions {
  const options: PostgresDataSourceOptions = {
    type: 'postgres',
    url: config.databaseUrl,
    entities,
    migrations,
    // The schema changes only through reviewed migrations, run by prepareDatabase under a lock.
    synchronize: false,
    migrationsRun: false,
    // Each migration commits alone, so one that cannot run in a transaction (CREATE INDEX
    // CONCURRENTLY, with `transaction = false`) can sit among the others.
    migrationsTransactionMode: 'each',
    // Extensions are created by migrations like everything else, not at every connect; uuid keys
    // default to gen_random_uuid(), built into PostgreSQL since 13, which is what 'pgcrypto' makes
    // TypeORM write.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    logging: ['error', 'warn', 'migration'],
    // The DataSource keeps this very object, so the logger sees what setOptions({ logging }) sets.
    logger: new TypeOrmLogger(() => options.logging),
  };
  return options;
}
