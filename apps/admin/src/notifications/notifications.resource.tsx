import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const notificationsResource: AppResource = {
  name: 'notifications',
  list: ListGuesser,
};
