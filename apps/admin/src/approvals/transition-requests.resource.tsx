import ApprovalIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { AppResource } from '../app-resource';

const ApprovalList = lazy(() =>
  import('./approval-list').then((module) => ({ default: module.ApprovalList })),
);
const ApprovalShow = lazy(() =>
  import('./approval-show').then((module) => ({ default: module.ApprovalShow })),
);

export const transitionRequestsResource: AppResource = {
  name: 'transition-requests',
  list: ApprovalList,
  show: ApprovalShow,
  icon: ApprovalIcon,
};
