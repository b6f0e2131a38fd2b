import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const regionsResource: AppResource = {
  name: 'regions',
  list: ListGuesser,
};
