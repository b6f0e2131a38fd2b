import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

// Loaded when first opened: the first screen's bundle carries none of it.
export const programsResource: AppResource = {
  name: 'programs',
  list: lazyPage(() => import('./program-list')),
  edit: lazyPage(() => import('./program-edit')),
  create: lazyPage(() => import('./program-create')),
  recordRepresentation: 'name',
};
