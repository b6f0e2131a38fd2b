import EventIcon from '@mui/icons-material/Event';
import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

const VisitAgenda = lazyPage(() =>
  import('./visit-agenda').then((module) => ({ default: module.VisitAgenda })),
);
const VisitLog = lazyPage(() =>
  import('./visit-log').then((module) => ({ default: module.VisitLog })),
);

export const visitsResource: AppResource = {
  name: 'visits',
  list: VisitAgenda,
  edit: VisitLog,
  icon: EventIcon,
};
