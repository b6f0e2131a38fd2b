// Test support for every project's specs: fresh databases and small factories. Not part of the
// runtime API (`@berdaya/db`), so nothing in an app's build depends on it.
export { dropDatabase, freshDatabaseUrl, useMigratedDatabase } from './test-database';
export * from './case.factory';
export * from './region.factory';
export * from './user.factory';
export * from './program.factory';
