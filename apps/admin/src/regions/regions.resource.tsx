import { Route } from 'react-router';
import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

// Loaded when first opened: the first screen's bundle carries none of it.
const RegionTreePage = lazyPage(() => import('./region-tree-page'));
const RegionImportPage = lazyPage(() => import('./region-import-page'));

export const regionsResource: AppResource = {
  name: 'regions',
  list: RegionTreePage,
  recordRepresentation: (region: { name: string; code: string }) =>
    `${region.name} (${region.code})`,
  children: <Route path="import" element={<RegionImportPage />} />,
};
