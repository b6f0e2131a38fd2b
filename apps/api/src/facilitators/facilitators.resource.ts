import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the list of facilitators is sorted and filtered by; columns on the alias `u`. */
export const FACILITATORS_RESOURCE: ListResource = {
  name: 'facilitators',
  fields: {
    id: columnField('u.id', filterValues.uuid),
    fullName: columnField('u.fullName', filterValues.text),
    email: columnField('u.email', filterValues.text),
  },
  searchIn: ['u.fullName', 'u.email'],
  tieBreak: ['u.id'],
};
