import { EVALUATION_KINDS, EVALUATION_STATUSES } from '@berdaya/db';
import { z } from 'zod';
import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';

const index = z.union(
  [
    z.number(),
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
  ],
  {
    error: 'must be an empowerment index (0 to 100)',
  },
);

/** What the evaluation list is sorted and filtered by; columns on the alias `e`. */
export const EVALUATIONS_RESOURCE: ListResource = {
  name: 'evaluations',
  fields: {
    id: columnField('e.id', filterValues.uuid),
    caseId: columnField('e.caseId', filterValues.uuid),
    kind: columnField('e.kind', filterValues.oneOf(EVALUATION_KINDS)),
    status: columnField('e.status', filterValues.oneOf(EVALUATION_STATUSES)),
    evaluatedOn: columnField('e.evaluatedOn', filterValues.timestamp, { range: true }),
    dueOn: columnField('e.dueOn', filterValues.timestamp, { range: true }),
    empowermentIndex: columnField('e.empowermentIndex', index, { range: true }),
    createdAt: columnField('e.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['e.notes'],
  tieBreak: ['e.id'],
};
