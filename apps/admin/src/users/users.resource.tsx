import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

// Loaded when first opened: the first screen's bundle carries none of it.
export const usersResource: AppResource = {
  name: 'users',
  list: lazyPage(() => import('./user-list')),
  edit: lazyPage(() => import('./user-edit')),
  create: lazyPage(() => import('./user-create')),
  recordRepresentation: 'fullName',
  roles: ['admin'],
};
