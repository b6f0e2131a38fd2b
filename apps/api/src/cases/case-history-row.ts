import type { CaseEventEntity } from '@berdaya/db';

/** One history entry as the CSV export reads it. */
export type CaseHistoryRow = Pick<
  CaseEventEntity,
  'occurredAt' | 'type' | 'fromStage' | 'toStage' | 'event' | 'reason'
> & { actorEmail: string | null };
