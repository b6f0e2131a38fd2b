import { programIndicators, type ProgramIndicators } from '@berdaya/empowerment';
import type { DataSource } from 'typeorm';
import { readProgramIndicatorInputs } from './program-indicator-inputs.query';

/**
 * Computes a program's indicators as they stand at `at` and stores them as one snapshot
 * (`program_indicator_snapshots`), for the dashboard's charts; answers the figures, or null when
 * the program does not exist (deleted since the run was planned).
 *
 * A snapshot is keyed by program and instant: called again with the same `at` (a retried run) it
 * stores nothing and answers the figures stored the first time, so pass the run's own instant
 * rather than the time of each attempt.
 */
export async function takeProgramIndicatorsSnapshot(
  dataSource: DataSource,
  programId: string,
  at: Date,
): Promise<ProgramIndicators | null> {
  const inputs = await dataSource.transaction('REPEATABLE READ', (manager) =>
    readProgramIndicatorInputs(manager, programId, at),
  );
  if (!inputs) return null;
  const figures = programIndicators(inputs);
  // Outside the reads' transaction: under REPEATABLE READ, a conflict with a snapshot another
  // attempt committed meanwhile would be a serialization failure instead of "already taken".
  const inserted = await dataSource.query<{ id: string }[]>(
    `INSERT INTO program_indicator_snapshots (program_id, taken_at, figures)
     VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (program_id, taken_at) DO NOTHING
     RETURNING id`,
    [programId, at, JSON.stringify(figures)],
  );
  if (inserted.length > 0) return figures;
  const [stored] = await dataSource.query<{ figures: ProgramIndicators }[]>(
    `SELECT figures FROM program_indicator_snapshots WHERE program_id = $1 AND taken_at = $2`,
    [programId, at],
  );
  return stored?.figures ?? figures;
}
