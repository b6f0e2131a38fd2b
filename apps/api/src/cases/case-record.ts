import type { CaseEntity, ProgramEntity } from '@berdaya/db';
import {
  allowedEvents,
  type AllowedEvent,
  type LocalizedText,
  type WorkflowDefinition,
} from '@berdaya/workflow';
import { isCaseOverdue } from './case-overdue';
import { stageLabelOf } from './stage-label';

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
  return {
    ...stored,
    ...stageLabelOf(definition, row.stage),
    allowedEvents: context.mayMove ? allowedEvents(definition, snapshot) : [],
    overdue: isCaseOverdue(row, program, now),
  };
}
