import NotificationsIcon from '@mui/icons-material/Notifications';
import type { AppResource } from '../app-resource';
import { lazyPage } from '../lazy-page';

const NotificationList = lazyPage(() =>
  import('./notification-list').then((module) => ({ default: module.NotificationList })),
);

export const notificationsResource: AppResource = {
  name: 'notifications',
  list: NotificationList,
  icon: NotificationsIcon,
};
