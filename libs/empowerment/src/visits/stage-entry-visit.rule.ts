import { ON_HOLD, WITHDRAWN, type WorkflowDefinition } from '@berdaya/workflow';
import type { Approach } from '../approach.types';
import { visitCadenceDays } from '../stage-timing.rule';
import { calendarDayIn } from './calendar-day';
import { nextVisitDue } from './visit-schedule.rule';

export interface StageEntry {
  definition: WorkflowDefinition;
  /** The stage entered, as its dotted path (`dialogue.preparingToWorkTogether`). */
  stage: string;
  approach: Approach;
  /** The program's time zone: the day of entry is a day there. */
  timeZone: string;
  enteredAt: Date;
}

/**
 * The first monitoring visit in a stage just entered (at enrolment or by a move): one cadence of
 * that stage, for the case's approach, after the day of entry. None for a stage without visits:
 * on hold, withdrawn, or a final stage.
 */
export function firstVisitDueOnEntering(entry: StageEntry): string | null {
  const stageId = entry.stage.slice(entry.stage.lastIndexOf('.') + 1);
  if (stageId === ON_HOLD || stageId === WITHDRAWN) return null;
  const cadenceDays = visitCadenceDays(entry.definition, stageId, entry.approach);
  if (cadenceDays === undefined) return null;
  return nextVisitDue({
    stageEnteredOn: calendarDayIn(entry.timeZone, entry.enteredAt),
    cadenceDays,
  });
}
