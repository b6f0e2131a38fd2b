import ApprovalIcon from '@mui/icons-material/FactCheck';
import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

const ApprovalList = lazyPage(() =>
  import('./approval-list').then((module) => ({ default: module.ApprovalList })),
);
const ApprovalShow = lazyPage(() =>
  import('./approval-show').then((module) => ({ default: module.ApprovalShow })),
);

export const transitionRequestsResource: AppResource = {
  name: 'transition-requests',
  list: ApprovalList,
  show: ApprovalShow,
  icon: ApprovalIcon,
};
