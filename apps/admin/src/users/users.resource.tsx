import { lazy } from 'react';
import type { AppResource } from '../app-resource';

// Loaded when first opened: the first screen's bundle carries none of it.
export const usersResource: AppResource = {
  name: 'users',
  list: lazy(() => import('./user-list')),
  edit: lazy(() => import('./user-edit')),
  create: lazy(() => import('./user-create')),
  recordRepresentation: 'fullName',
  roles: ['admin'],
};
