import { lazy } from 'react';
import type { AppResource } from '../app-resource';

// Loaded when first opened: the engine's validation and the diagram stay out of the first bundle.
export const workflowDefinitionsResource: AppResource = {
  name: 'workflow-definitions',
  list: lazy(() => import('./definition-list')),
  show: lazy(() => import('./definition-show')),
  create: lazy(() => import('./definition-create')),
  edit: lazy(() => import('./definition-edit')),
  roles: ['admin', 'programManager'],
};
