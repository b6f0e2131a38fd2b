import { CASE_EVENT_TYPES } from '@berdaya/db';
import { z } from 'zod';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

// An int8 key, as digits (how the records carry it) or as a number.
const eventId = z.union(
  [z.number().int().min(1).transform(String), z.string().regex(/^\d{1,19}$/)],
  { error: 'must be an event id (digits)' },
);

/** What the case history list is sorted and filtered by; columns on the alias `ce`. */
export const CASE_EVENTS_RESOURCE: ListResource = {
  name: 'case-events',
  fields: {
    id: columnField('ce.id', eventId),
    caseId: columnField('ce.caseId', filterValues.uuid),
    type: columnField('ce.type', filterValues.oneOf(CASE_EVENT_TYPES)),
    actorId: columnField('ce.actorId', filterValues.uuid),
    occurredAt: columnField('ce.occurredAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['ce.reason'],
  tieBreak: ['ce.id'],
};
