import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const workflowDefinitionsResource: AppResource = {
  name: 'workflow-definitions',
  list: ListGuesser,
  roles: ['admin', 'programManager'],
};
