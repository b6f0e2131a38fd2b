import { REGION_LEVELS } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import {
  columnField,
  type ListField,
  type ListResource,
} from '../common/simple-rest/list-resource';

// A region and everything under it, found by path (see RegionEntity).
const regionId: ListField<string> = {
  value: filterValues.uuid,
  where: (ids, bind) =>
    `EXISTS (SELECT 1 FROM regions root WHERE root.id = ANY(${bind(ids)}) AND (r.path = root.path OR r.path LIKE root.path || '.%'))`,
};

/** What the list of regions is sorted and filtered by; columns on the alias `r`. */
export const REGIONS_RESOURCE: ListResource = {
  name: 'regions',
  fields: {
    id: columnField('r.id', filterValues.uuid),
    code: columnField('r.code', filterValues.text),
    name: columnField('r.name', filterValues.text),
    level: columnField('r.level', filterValues.oneOf(REGION_LEVELS)),
    parentId: columnField('r.parentId', filterValues.uuid),
    regionId,
  },
  searchIn: ['r.name', 'r.code'],
  tieBreak: ['r.id'],
};
