import type { ProgramIndicatorSnapshotEntity } from '@berdaya/db';
import { INDEX_LEVELS, type ProgramIndicators } from '@berdaya/empowerment';
import { z } from 'zod';
import { documented } from '../common/openapi/api-schemas';

/** How many of a program's latest snapshots the answer's history charts. */
export const INDICATOR_HISTORY_LENGTH = 12;

const count = z.number().int().min(0);
const median = (description: string) => z.number().nullable().meta({ description });
const instant = z.string().meta({ format: 'date-time' });

const figuresSchema = documented(
  'ProgramIndicatorFigures',
  z.object({
    casesByStatus: z.record(z.string(), count).meta({
      description: 'Every case of the program by status (active, onHold, closed, withdrawn)',
    }),
    activeCases: count,
    stages: z
      .array(
        z.object({
          stage: z.string().meta({ example: 'dialogue.buildingTrust' }),
          cases: count,
          medianDaysInStage: median('Whole days since its active cases entered the stage'),
        }),
      )
      .meta({
        description:
          'The funnel: every stage of the program definition in order, then any other stage an active case is in',
      }),
    medianDaysInStage: median('Over all active cases; null without any'),
    overdueVisits: z.object({
      cases: count,
      rate: z
        .number()
        .nullable()
        .meta({ description: 'Share of active cases (0–1); null without any' }),
    }),
    approvalTurnaround: z.object({
      windowDays: count.meta({ example: 90 }),
      decisions: count.meta({ description: 'Requests approved or rejected within the window' }),
      medianHours: median('From request to decision; null without decisions'),
    }),
    empowermentIndex: z.object({
      evaluatedCases: count,
      notEvaluatedCases: count,
      median: median("Of the active cases' latest index (0–100)"),
      distribution: z.array(
        z.object({ level: z.enum(INDEX_LEVELS), from: z.number(), to: z.number(), cases: count }),
      ),
      trend: z
        .object({ improving: count, stable: count, declining: count })
        .meta({ description: 'Active cases by the trend between their last two evaluations' }),
    }),
  }),
);

const historyPointSchema = z.object({
  takenAt: instant,
  activeCases: count,
  medianDaysInStage: z.number().nullable(),
  overdueRate: z.number().nullable(),
  approvalTurnaroundHours: z.number().nullable(),
  medianIndex: z.number().nullable(),
  improving: count,
  stable: count,
  declining: count,
});

/** A program's latest indicators snapshot and the headline figures of its recent ones. */
export const programIndicatorsRecordSchema = documented(
  'ProgramIndicators',
  z.object({
    programId: z.uuid(),
    takenAt: instant.nullable().meta({ description: 'Null until a first snapshot is taken' }),
    figures: figuresSchema.nullable(),
    history: z.array(historyPointSchema).meta({
      description: `The latest ${INDICATOR_HISTORY_LENGTH} snapshots, oldest first; empty until a first one`,
    }),
  }),
);
export type ProgramIndicatorsRecord = z.infer<typeof programIndicatorsRecordSchema>;

/** The answer from a program's latest snapshots, newest first as read; none yet answers nulls. */
export function toProgramIndicatorsRecord(
  programId: string,
  latestFirst: readonly Pick<ProgramIndicatorSnapshotEntity, 'takenAt' | 'figures'>[],
): ProgramIndicatorsRecord {
  const [latest] = latestFirst;
  return {
    programId,
    takenAt: latest ? latest.takenAt.toISOString() : null,
    figures: latest ? latest.figures : null,
    history: [...latestFirst]
      .reverse()
      .map(({ takenAt, figures }) => historyPoint(takenAt, figures)),
  };
}

function historyPoint(takenAt: Date, figures: ProgramIndicators) {
  return {
    takenAt: takenAt.toISOString(),
    activeCases: figures.activeCases,
    medianDaysInStage: figures.medianDaysInStage,
    overdueRate: figures.overdueVisits.rate,
    approvalTurnaroundHours: figures.approvalTurnaround.medianHours,
    medianIndex: figures.empowermentIndex.median,
    ...figures.empowermentIndex.trend,
  };
}
