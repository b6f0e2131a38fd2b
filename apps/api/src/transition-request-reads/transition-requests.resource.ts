import { TRANSITION_REQUEST_STATUSES } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the transition request list is sorted and filtered by; columns on the alias `tr` and its case `c`. */
export const TRANSITION_REQUESTS_RESOURCE: ListResource = {
  name: 'transition-requests',
  fields: {
    id: columnField('tr.id', filterValues.uuid),
    caseId: columnField('tr.caseId', filterValues.uuid),
    // The base query joins the case as `c` to scope the rows.
    programId: columnField('c.programId', filterValues.uuid),
    status: columnField('tr.status', filterValues.oneOf(TRANSITION_REQUEST_STATUSES)),
    requestedBy: columnField('tr.requestedBy', filterValues.uuid),
    createdAt: columnField('tr.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['tr.reason', 'tr.decisionComment'],
  tieBreak: ['tr.id'],
};
