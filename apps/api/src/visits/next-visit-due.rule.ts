import type { CaseEntity, ProgramEntity } from '@berdaya/db';
import { calendarDayIn, nextVisitDue, visitCadenceDays } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';

/**
 * The case's next monitoring visit once a visit was done on `doneOn`: one cadence of its current
 * stage (for its approach) later. A stage without a cadence (on hold, final) keeps what it had.
 */
export function nextVisitDueAfter(
  subject: Pick<CaseEntity, 'stage' | 'approach' | 'stageEnteredAt' | 'nextVisitDue'>,
  program: Pick<ProgramEntity, 'timezone'>,
  definition: WorkflowDefinition,
  doneOn: string,
): string | null {
  // The stage path is dotted (`dialogue.buildingTrust`); definitions key stages by the last part.
  const stageId = subject.stage.slice(subject.stage.lastIndexOf('.') + 1);
  const cadenceDays = visitCadenceDays(definition, stageId, subject.approach);
  if (cadenceDays === undefined) return subject.nextVisitDue;
  return nextVisitDue({
    stageEnteredOn: calendarDayIn(program.timezone, subject.stageEnteredAt),
    lastVisitOn: doneOn,
    cadenceDays,
  });
}
