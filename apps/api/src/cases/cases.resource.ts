import { NAMED_PATTERNS } from '@berdaya/api-problems';
import { CASE_GROUP_TYPES, CASE_STATUSES } from '@berdaya/db';
import { APPROACHES, STALLED_FLAG } from '@berdaya/empowerment';
import { z } from 'zod';
import { filterValues } from '../common/simple-rest/filter-values';
import {
  columnField,
  type ListField,
  type ListResource,
} from '../common/simple-rest/list-resource';

const uuid = z.uuid();
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** A case lies in a region when its village is that region or anywhere under it. */
const regionId: ListField<string> = {
  value: uuid,
  where: (ids, bind) =>
    `EXISTS (SELECT 1 FROM regions f WHERE f.id = ANY(${bind(ids)}) AND (r.path = f.path OR r.path LIKE f.path || '.%'))`,
};

/** A phase filter: the stage path equals it or starts with it (`discovery` takes `discovery.teamBuilding`). */
const phase: ListField<string> = {
  value: z.string().regex(NAMED_PATTERNS.stage_path, 'must be a stage path'),
  where: (paths, bind) =>
    paths.map((p) => `(c.stage = ${bind(p)} OR c.stage LIKE ${bind(`${p}.%`)})`).join(' OR '),
};

const stalled: ListField<boolean> = {
  value: flag,
  where: ([wanted]) => `${wanted ? '' : 'NOT '}('${STALLED_FLAG}' = ANY(c.riskFlags))`,
};

/**
 * Overdue as visitStatus in @berdaya/empowerment defines it: the due day lies more than the
 * program's grace days before today, today being the day it is in the program's timezone.
 */
function overdue(now: Date): ListField<boolean> {
  return {
    value: flag,
    where: ([wanted], bind) => {
      const late = `c.status = 'active' AND c.nextVisitDue < ((${bind(now.toISOString())}::timestamptz AT TIME ZONE p.timezone)::date - p.overdueGraceDays)`;
      return wanted ? late : `NOT (${late}) OR c.nextVisitDue IS NULL`;
    },
  };
}

/** What the case list is sorted and filtered by, on `c` (case), `r` (its village), `p` (its program). */
export function casesResource(now: Date): ListResource {
  return {
    name: 'cases',
    fields: {
      id: columnField('c.id', uuid),
      programId: columnField('c.programId', uuid),
      regionId,
      facilitatorId: columnField('c.facilitatorId', uuid),
      stage: columnField('c.stage', filterValues.text),
      phase,
      status: columnField('c.status', filterValues.oneOf(CASE_STATUSES)),
      approach: columnField('c.approach', filterValues.oneOf(APPROACHES)),
      groupType: columnField('c.groupType', filterValues.oneOf(CASE_GROUP_TYPES)),
      groupName: columnField('c.groupName', filterValues.text),
      nextVisitDue: columnField('c.nextVisitDue', filterValues.timestamp, { range: true }),
      stageEnteredAt: columnField('c.stageEnteredAt', filterValues.timestamp, { range: true }),
      createdAt: columnField('c.createdAt', filterValues.timestamp, { range: true }),
      updatedAt: columnField('c.updatedAt', filterValues.timestamp, { range: true }),
      overdue: overdue(now),
      stalled,
    },
    searchIn: ['c.groupName', 'r.name'],
    tieBreak: ['c.id'],
  };
}
