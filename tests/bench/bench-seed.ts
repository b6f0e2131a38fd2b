import { DEFAULT_PROCESS_DEFINITION, recommendApproach } from '@berdaya/empowerment';

/** Anything that runs SQL with parameters: a `pg` Pool or a TypeORM DataSource. */
interface Sql {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** The workflow every benchmark's cases follow. */
export const BENCH_DEFINITION = DEFAULT_PROCESS_DEFINITION;

/** The intake every benchmark case was enrolled with, and the approach it recommends. */
export const BENCH_INTAKE = {
  solidarity: 'high',
  trust: 'high',
  norms: 'medium',
  leaderPresentAndEnthusiastic: true,
} as const;
export const BENCH_APPROACH = recommendApproach(BENCH_INTAKE);

/** Publishes the benchmark's workflow (the api does at start; a bench may seed before it runs). */
export async function publishBenchDefinition(sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO workflow_definitions (id, version, status, definition) VALUES ($1, $2, 'published', $3)
     ON CONFLICT DO NOTHING`,
    [BENCH_DEFINITION.id, BENCH_DEFINITION.version, BENCH_DEFINITION],
  );
}
