import type { CaseEventRecord } from './case-records';

// The history entries that put a case in a stage; requests, rejections and visits do not.
const ENTERING = new Set(['created', 'moved', 'transitionApproved']);

/** The stages a case entered, oldest first, from its history in the order things happened. */
export function pathTaken(events: readonly CaseEventRecord[]): string[] {
  return events.flatMap((event) =>
    ENTERING.has(event.type) && event.toStage ? [event.toStage] : [],
  );
}
