import { PROGRAM_TIMEZONES } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the list of programs is sorted and filtered by; columns on the alias `p`. */
export const PROGRAMS_RESOURCE: ListResource = {
  name: 'programs',
  fields: {
    id: columnField('p.id', filterValues.uuid),
    name: columnField('p.name', filterValues.text),
    workflowDefinitionId: columnField('p.workflowDefinitionId', filterValues.text),
    timezone: columnField('p.timezone', filterValues.oneOf(PROGRAM_TIMEZONES)),
    active: columnField('p.active', filterValues.boolean),
    budgetStart: columnField('p.budgetStart', filterValues.timestamp, { range: true }),
    budgetEnd: columnField('p.budgetEnd', filterValues.timestamp, { range: true }),
    createdAt: columnField('p.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['p.name', 'p.description'],
  tieBreak: ['p.id'],
};
