import type { AppConfig } from '@berdaya/config';
import { DataSource } from 'typeorm';
import { createDatabase } from './create-database';
import { dataSourceOptions } from './data-source-options';
import { asPostgresUnavailable } from './postgres-unavailable';

// Arbitrary, fixed key of the advisory lock that serialises migrations across processes (any
// number of api and worker replicas may start together). Advisory locks are per database, so
// distinct databases on one server never wait for each other.
const MIGRATION_LOCK_KEY = 7_302_114_901;

// SQLSTATE invalid_catalog_name: the database does not exist.
const DATABASE_MISSING = '3D000';

async function connect(config: Pick<AppConfig, 'databaseUrl'>): Promise<DataSource> {
  const options = dataSourceOptions(config);
  try {
    return await new DataSource(options).initialize();
  } catch (error) {
    if ((error as { code?: unknown }).code !== DATABASE_MISSING) throw error;
  }
  await createDatabase(config.databaseUrl, options.connectTimeoutMS ?? 0);
  return new DataSource(options).initialize();
}

async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  // The lock is held by one dedicated connection; runMigrations takes another from the pool.
  const lockHolder = dataSource.createQueryRunner();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockHolder.release();
  }
}

/**
 * Makes the configured database ready for use and returns an initialized DataSource: creates the
 * database when it is missing, then applies pending migrations, one process at a time.
 *
 * @throws ServiceUnavailableError when PostgreSQL cannot be reached.
 */
export async function prepareDatabase(config: Pick<AppConfig, 'databaseUrl'>): Promise<DataSource> {
  let dataSource: DataSource | undefined;
  try {
    dataSource = await connect(config);
    await migrateUnderLock(dataSource);
    return dataSource;
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    throw asPostgresUnavailable(error, config.databaseUrl);
  }
}
