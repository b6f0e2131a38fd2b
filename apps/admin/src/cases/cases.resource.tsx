import { ListGuesser } from 'react-admin';
import type { AppResource } from '../app-resource';
import { CaseShow } from '../case-page/case-show';

export const casesResource: AppResource = {
  name: 'cases',
  list: ListGuesser,
  show: CaseShow,
};
