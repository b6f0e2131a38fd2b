import { RESOURCE_KINDS } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the resource list is sorted and filtered by; columns on the alias `rs`. */
export const RESOURCES_RESOURCE: ListResource = {
  name: 'resources',
  fields: {
    id: columnField('rs.id', filterValues.uuid),
    caseId: columnField('rs.caseId', filterValues.uuid),
    kind: columnField('rs.kind', filterValues.oneOf(RESOURCE_KINDS)),
    name: columnField('rs.name', filterValues.text),
    createdAt: columnField('rs.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['rs.name', 'rs.description'],
  tieBreak: ['rs.id'],
};
