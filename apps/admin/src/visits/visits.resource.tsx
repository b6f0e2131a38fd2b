import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';
import type { AppResource } from '../app-resource';

const VisitAgenda = lazy(() =>
  import('./visit-agenda').then((module) => ({ default: module.VisitAgenda })),
);
const VisitLog = lazy(() => import('./visit-log').then((module) => ({ default: module.VisitLog })));

export const visitsResource: AppResource = {
  name: 'visits',
  list: VisitAgenda,
  edit: VisitLog,
  icon: EventIcon,
};
