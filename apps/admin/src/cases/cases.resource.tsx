import CasesIcon from '@mui/icons-material/Diversity3';
import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';
import { CaseShow } from '../case-page/case-show';

// The list and the intake form are loaded when first opened: the first screen carries neither.
export const casesResource: AppResource = {
  name: 'cases',
  list: lazyPage(() => import('./case-list')),
  create: lazyPage(() => import('./case-create')),
  show: CaseShow,
  icon: CasesIcon,
  recordRepresentation: 'groupName',
};
