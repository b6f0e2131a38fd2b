import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const visitsResource: AppResource = {
  name: 'visits',
  list: ListGuesser,
};
