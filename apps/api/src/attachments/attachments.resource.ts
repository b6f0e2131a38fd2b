import { filterValues } from '../common/simple-rest/filter-values';
import { columnField, type ListResource } from '../common/simple-rest/list-resource';
import { ACCEPTED_CONTENT_TYPES } from './content-type.sniffer';

/** What the attachment list is sorted and filtered by; columns on the alias `a`. */
export const ATTACHMENTS_RESOURCE: ListResource = {
  name: 'attachments',
  fields: {
    id: columnField('a.id', filterValues.uuid),
    caseId: columnField('a.caseId', filterValues.uuid),
    contentType: columnField('a.contentType', filterValues.oneOf(ACCEPTED_CONTENT_TYPES)),
    uploadedBy: columnField('a.uploadedBy', filterValues.uuid),
    fileName: columnField('a.fileName', filterValues.text),
    createdAt: columnField('a.createdAt', filterValues.timestamp, { range: true }),
  },
  searchIn: ['a.fileName'],
  tieBreak: ['a.id'],
};
