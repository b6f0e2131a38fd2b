import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

// Loaded when first opened: the engine's validation and the diagram stay out of the first bundle.
export const workflowDefinitionsResource: AppResource = {
  name: 'workflow-definitions',
  list: lazyPage(() => import('./definition-list')),
  show: lazyPage(() => import('./definition-show')),
  create: lazyPage(() => import('./definition-create')),
  edit: lazyPage(() => import('./definition-edit')),
  roles: ['admin', 'programManager'],
};
