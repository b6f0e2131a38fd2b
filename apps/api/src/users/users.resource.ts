import { USER_LOCALES } from '@berdaya/db';
import { ROLES } from '@berdaya/empowerment';
import { filterValues } from '../common/simple-rest/filter-values';
import {
  columnField,
  type ListField,
  type ListResource,
} from '../common/simple-rest/list-resource';

/** Users assigned to any of the given programs or regions, through the assignment table. */
function assignedTo(table: 'user_programs' | 'user_regions', column: string): ListField<string> {
  return {
    value: filterValues.uuid,
    where: (ids, bind) =>
      `EXISTS (SELECT 1 FROM ${table} assigned WHERE assigned.user_id = u.id AND assigned.${column} = ANY(${bind(ids)}))`,
  };
}

/** What the list of users is sorted and filtered by; columns on the alias `u`. */
export const USERS_RESOURCE: ListResource = {
  name: 'users',
  fields: {
    id: columnField('u.id', filterValues.uuid),
    email: columnField('u.email', filterValues.text),
    fullName: columnField('u.fullName', filterValues.text),
    role: columnField('u.role', filterValues.oneOf(ROLES)),
    locale: columnField('u.locale', filterValues.oneOf(USER_LOCALES)),
    active: columnField('u.active', filterValues.boolean),
    programIds: assignedTo('user_programs', 'program_id'),
    regionIds: assignedTo('user_regions', 'region_id'),
  },
  searchIn: ['u.email', 'u.fullName'],
  tieBreak: ['u.id'],
};
