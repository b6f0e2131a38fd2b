import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazy } from 'react';
import type { AppResource } from '../app-resource';

const NotificationList = lazy(() =>
  import('./notification-list').then((module) => ({ default: module.NotificationList })),
);

export const notificationsResource: AppResource = {
  name: 'notifications',
  list: NotificationList,
  icon: NotificationsIcon,
};
