import CasesIcon from '@mui/icons-material/Diversity3';
import { lazy } from 'react';
import type { AppResource } from '../app-resource';
import { CaseShow } from '../case-page/case-show';

// The list and the intake form are loaded when first opened: the first screen carries neither.
export const casesResource: AppResource = {
  name: 'cases',
  list: lazy(() => import('./case-list')),
  create: lazy(() => import('./case-create')),
  show: CaseShow,
  icon: CasesIcon,
  recordRepresentation: 'groupName',
};
