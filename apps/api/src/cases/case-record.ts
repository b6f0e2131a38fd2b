import type { CaseEntity, ProgramEntity } from '@berdaya/db';
import { calendarDayIn, visitStatus } from '@berdaya/empowerment';
import {
  allowedEvents,
  BUILT_IN_LABELS,
  findStage,
  ON_HOLD,
  WITHDRAWN,
  type AllowedEvent,
  type LocalizedText,
  type WorkflowDefinition,
} from '@berdaya/workflow';

/** A case as the api answers it: the stored row plus what follows from it now. */
export type CaseRecord = Omit<CaseEntity, 'snapshot'> & {
  stageLabel: LocalizedText;
  phaseLabel: LocalizedText | null;
  /** The moves the caller may ask for now, each with what still blocks it. */
  allowedEvents: AllowedEvent[];
  overdue: boolean;
};

export interface CaseRecordContext {
  definition: WorkflowDefinition;
  program: Pick<ProgramEntity, 'timezone' | 'overdueGraceDays'>;
  now: Date;
  /** Whether the caller may ask to move cases at all (viewers may not). */
  mayMove: boolean;
}

export function toCaseRecord(row: CaseEntity, context: CaseRecordContext): CaseRecord {
  const { snapshot, ...stored } = row;
  const { definition, program, now } = context;
  const leaf = row.stage.slice(row.stage.lastIndexOf('.') + 1);
  const info = findStage(definition, leaf);
  const builtIn = leaf === ON_HOLD || leaf === WITHDRAWN ? BUILT_IN_LABELS[leaf] : undefined;
  const phase = info?.phases[info.phases.length - 1];
  return {
    ...stored,
    stageLabel: builtIn ?? info?.stage.label ?? { en: row.stage, id: row.stage },
    phaseLabel: phase?.label ?? null,
    allowedEvents: context.mayMove ? allowedEvents(definition, snapshot) : [],
    overdue:
      row.status === 'active' &&
      row.nextVisitDue !== null &&
      visitStatus(
        row.nextVisitDue,
        calendarDayIn(program.timezone, now),
        program.overdueGraceDays,
      ) === 'overdue',
  };
}
