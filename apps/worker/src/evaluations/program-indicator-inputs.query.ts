import { CASE_STATUSES, type ProgramTimezone } from '@berdaya/db';
import {
  APPROVAL_TURNAROUND_WINDOW_DAYS,
  calendarDayIn,
  type ProgramIndicatorInputs,
} from '@berdaya/empowerment';
import { leafStages, type WorkflowDefinition } from '@berdaya/workflow';
import type { EntityManager } from 'typeorm';

type Inputs = ProgramIndicatorInputs;

interface ProgramClock {
  timezone: ProgramTimezone;
  overdueGraceDays: number;
  definition: WorkflowDefinition;
}

/**
 * What programIndicators needs of a program at `at`, read as grouped counts: six statements
 * whatever the number of cases, each answering at most a few thousand rows (distinct days, index
 * values, minutes). Undefined when the program does not exist. Run it in one REPEATABLE READ
 * transaction, so every count describes the same moment.
 */
export async function readProgramIndicatorInputs(
  manager: EntityManager,
  programId: string,
  at: Date,
): Promise<Inputs | undefined> {
  const [program] = await manager.query<ProgramClock[]>(
    `SELECT p.timezone, p.overdue_grace_days AS "overdueGraceDays", d.definition
       FROM programs p
       JOIN workflow_definitions d
         ON d.id = p.workflow_definition_id AND d.version = p.workflow_definition_version
      WHERE p.id = $1`,
    [programId],
  );
  if (!program) return undefined;
  const { timezone } = program;
  const latest = await latestEvaluations(manager, programId);
  return {
    today: calendarDayIn(timezone, at),
    overdueGraceDays: program.overdueGraceDays,
    stageOrder: leafStages(program.definition).map((stage) => stage.path),
    casesByStatus: await casesByStatus(manager, programId),
    // The day in the program's zone, as isStalled counts days in a stage.
    stageEntries: await manager.query<Inputs['stageEntries'][number][]>(
      `SELECT stage, to_char(stage_entered_at AT TIME ZONE $2, 'YYYY-MM-DD') AS "enteredOn",
              count(*)::int AS cases
         FROM cases
        WHERE program_id = $1 AND status = 'active'
        GROUP BY 1, 2`,
      [programId, timezone],
    ),
    // As text: pg would turn a date into a Date at local midnight, another instant in every zone.
    nextVisits: await manager.query<Inputs['nextVisits'][number][]>(
      `SELECT to_char(next_visit_due, 'YYYY-MM-DD') AS "dueOn", count(*)::int AS cases
         FROM cases
        WHERE program_id = $1 AND status = 'active'
        GROUP BY 1`,
      [programId],
    ),
    decisions: await manager.query<Inputs['decisions'][number][]>(
      `SELECT round(extract(epoch FROM r.decided_at - r.created_at) / 3600, 1)::float8 AS hours,
              count(*)::int AS requests
         FROM transition_requests r
         JOIN cases c ON c.id = r.case_id
        WHERE c.program_id = $1
          AND r.status IN ('approved', 'rejected')
          AND r.decided_at > $2::timestamptz - make_interval(days => $3::int)
          AND r.decided_at <= $2::timestamptz
        GROUP BY 1`,
      [programId, at, APPROVAL_TURNAROUND_WINDOW_DAYS],
    ),
    latestIndexes: latest
      .filter((row) => row.kind === 'index')
      .map(({ value, cases }) => ({ index: value, cases })),
    latestChanges: latest
      .filter((row) => row.kind === 'delta')
      .map(({ value, cases }) => ({ delta: value, cases })),
  };
}

async function casesByStatus(manager: EntityManager, programId: string) {
  const rows = await manager.query<{ status: string; cases: number }[]>(
    `SELECT status, count(*)::int AS cases FROM cases WHERE program_id = $1 GROUP BY status`,
    [programId],
  );
  const counts: Record<string, number> = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0]));
  for (const { status, cases } of rows) counts[status] = cases;
  return counts;
}

/**
 * The active cases by the index of their latest evaluation done (`index` rows) and by its change
 * from the one before (`delta` rows), "latest" in the order the api gives a case's trend in
 * (evaluated_on, then created_at, then id). The difference is taken in numeric, exact to the
 * tenth both indexes are stored to.
 */
async function latestEvaluations(manager: EntityManager, programId: string) {
  return manager.query<{ kind: 'index' | 'delta'; value: number; cases: number }[]>(
    `WITH ranked AS (
       SELECT e.empowerment_index AS latest,
              e.empowerment_index - lead(e.empowerment_index) OVER newest_first AS delta,
              row_number() OVER newest_first AS n
         FROM evaluations e
         JOIN cases c ON c.id = e.case_id
        WHERE c.program_id = $1 AND c.status = 'active' AND e.status = 'done'
       WINDOW newest_first AS (
         PARTITION BY e.case_id ORDER BY e.evaluated_on DESC, e.created_at DESC, e.id DESC
       )
     ), latest AS (SELECT latest, delta FROM ranked WHERE n = 1)
     SELECT 'index' AS kind, latest::float8 AS value, count(*)::int AS cases
       FROM latest GROUP BY latest
     UNION ALL
     SELECT 'delta', delta::float8, count(*)::int
       FROM latest WHERE delta IS NOT NULL GROUP BY delta`,
    [programId],
  );
}
