import { WORKFLOW_DEFINITION_STATUSES } from '@berdaya/db';
import { filterValues } from '../common/simple-rest/filter-values';
import {
  columnField,
  type ListField,
  type ListResource,
} from '../common/simple-rest/list-resource';
import { type DefinitionKey, definitionKeySchema } from './definition-key';

// The record id is the pair (id, version): compared as a pair, so the primary key's index serves it.
const id: ListField<DefinitionKey> = {
  value: definitionKeySchema,
  sortBy: ['wd.id', 'wd.version'],
  where: (keys, bind) =>
    `(wd.id, wd.version) IN (${keys.map((key) => `(${bind(key.id)}, ${bind(key.version)})`).join(', ')})`,
};

/** What the list of workflow definitions is sorted and filtered by; columns on the alias `wd`. */
export const WORKFLOW_DEFINITIONS_RESOURCE: ListResource = {
  name: 'workflow-definitions',
  fields: {
    id,
    definitionId: columnField('wd.id', filterValues.text),
    version: columnField('wd.version', filterValues.integer, { range: true }),
    status: columnField('wd.status', filterValues.oneOf(WORKFLOW_DEFINITION_STATUSES)),
    createdAt: columnField('wd.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: [`wd.definition #>> '{name,en}'`, `wd.definition #>> '{name,id}'`],
  tieBreak: ['wd.id', 'wd.version'],
};
