import { ON_HOLD, WITHDRAWN, type WorkflowDefinition } from '@berdaya/workflow';
import type { Approach } from './approach.types';
import { expectedDurationDays } from './stage-timing.rule';
import { addDays, calendarDayIn, daysBetween } from './visits/calendar-day';
import { localTimeToInstant } from './visits/local-time';

/** The risk flag a stalled case carries until it moves (cases.risk_flags). */
export const STALLED_FLAG = 'stalled';

export interface StageClock {
  /** The workflow definition version the case is pinned to. */
  definition: WorkflowDefinition;
  /** The case's dotted stage path, as stored (`dialogue.buildingTrust`). */
  stage: string;
  approach: Approach;
  stageEnteredAt: Date;
}

/**
 * Whether a case has stayed in its stage longer than expected for its approach. Days are calendar
 * days in the program's time zone, counted as nextVisitDue counts them: a case that entered on the
 * 1st with 14 days expected may still be there on the 15th, and is stalled from the 16th.
 */
export function isStalled(clock: StageClock, now: Date, timeZone: string): boolean {
  const expected = expectedDays(clock);
  if (expected === undefined) return false;
  const daysInStage = daysBetween(
    calendarDayIn(timeZone, clock.stageEnteredAt),
    calendarDayIn(timeZone, now),
  );
  return daysInStage > expected;
}

/**
 * The instant isStalled turns true: local midnight starting the first day past the expected
 * duration; null where the stage has none (phases, final stages, on hold, withdrawn).
 */
export function stalledSince(clock: StageClock, timeZone: string): Date | null {
  const expected = expectedDays(clock);
  if (expected === undefined) return null;
  const enteredOn = calendarDayIn(timeZone, clock.stageEnteredAt);
  return localTimeToInstant(addDays(enteredOn, expected + 1), '00:00', timeZone);
}

// On hold and withdrawn are the engine's own states, outside any definition: a paused or ended
// case is not stalled.
function expectedDays({ definition, stage, approach }: StageClock): number | undefined {
  const stageId = stage.slice(stage.lastIndexOf('.') + 1);
  if (stageId === ON_HOLD || stageId === WITHDRAWN) return undefined;
  return expectedDurationDays(definition, stageId, approach);
}
