import { NOTIFICATION_KINDS } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the inbox is sorted and filtered by; columns on the alias `n`. */
export const NOTIFICATIONS_RESOURCE: ListResource = {
  name: 'notifications',
  fields: {
    id: columnField('n.id', filterValues.uuid),
    kind: columnField('n.kind', filterValues.oneOf(NOTIFICATION_KINDS)),
    caseId: columnField('n.caseId', filterValues.uuid),
    // Not a column: read means read_at is set. Asking for both true and false keeps every row.
    read: {
      value: filterValues.boolean,
      where: (values) =>
        new Set(values).size > 1 ? 'TRUE' : `n.readAt IS ${values[0] ? 'NOT NULL' : 'NULL'}`,
    },
    createdAt: columnField('n.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: [],
  tieBreak: ['n.id'],
};
