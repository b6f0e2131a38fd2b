import { Suspense } from 'react';
import { Loading } from 'react-admin';
import { lazyPage } from '../lazy-page';

// The case page, its dialog and its diagram load only when a case is opened.
const CaseShowPage = lazyPage(() =>
  import('./case-show-page').then((module) => ({ default: module.CaseShowPage })),
);

export const CaseShow = Object.assign(
  () => (
    <Suspense fallback={<Loading loadingSecondary="berdaya.case_page.loading" />}>
      <CaseShowPage />
    </Suspense>
  ),
  { preload: CaseShowPage.preload },
);
