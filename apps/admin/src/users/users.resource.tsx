import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const usersResource: AppResource = {
  name: 'users',
  list: ListGuesser,
  roles: ['admin'],
};
