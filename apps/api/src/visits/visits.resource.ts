import { VISIT_PURPOSES, VISIT_STATUSES } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the visit list is sorted and filtered by; columns on the alias `v` and its case `c`. */
export const VISITS_RESOURCE: ListResource = {
  name: 'visits',
  fields: {
    id: columnField('v.id', filterValues.uuid),
    caseId: columnField('v.caseId', filterValues.uuid),
    // The base query joins the case as `c` to scope the rows.
    programId: columnField('c.programId', filterValues.uuid),
    facilitatorId: columnField('v.facilitatorId', filterValues.uuid),
    status: columnField('v.status', filterValues.oneOf(VISIT_STATUSES)),
    purpose: columnField('v.purpose', filterValues.oneOf(VISIT_PURPOSES)),
    plannedOn: columnField('v.plannedOn', filterValues.timestamp, { range: true }),
    doneOn: columnField('v.doneOn', filterValues.timestamp, { range: true }),
    createdAt: columnField('v.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['v.notes', 'v.followUpActions', 'v.technique'],
  tieBreak: ['v.id'],
};
