import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const programsResource: AppResource = {
  name: 'programs',
  list: ListGuesser,
};
