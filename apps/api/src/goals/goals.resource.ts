import { GOAL_STATUSES } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

/** What the goal list is sorted and filtered by; columns on the alias `g`. */
export const GOALS_RESOURCE: ListResource = {
  name: 'goals',
  fields: {
    id: columnField('g.id', filterValues.uuid),
    caseId: columnField('g.caseId', filterValues.uuid),
    status: columnField('g.status', filterValues.oneOf(GOAL_STATUSES)),
    dueOn: columnField('g.dueOn', filterValues.timestamp, { range: true }),
    createdAt: columnField('g.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['g.title', 'g.indicator', 'g.target', 'g.scope'],
  tieBreak: ['g.id'],
};
