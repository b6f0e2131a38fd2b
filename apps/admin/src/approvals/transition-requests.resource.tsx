import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';

export const transitionRequestsResource: AppResource = {
  name: 'transition-requests',
  list: ListGuesser,
};
