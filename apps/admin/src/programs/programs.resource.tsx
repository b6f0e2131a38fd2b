import { lazy } from 'react';
import type { AppResource } from '../app-resource';

// Loaded when first opened: the first screen's bundle carries none of it.
export const programsResource: AppResource = {
  name: 'programs',
  list: lazy(() => import('./program-list')),
  edit: lazy(() => import('./program-edit')),
  create: lazy(() => import('./program-create')),
  recordRepresentation: 'name',
};
