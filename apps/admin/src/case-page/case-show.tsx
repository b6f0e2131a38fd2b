import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';

// The case page, its dialog and its diagram load only when a case is opened.
const CaseShowPage = lazy(() =>
  import('./case-show-page').then((module) => ({ default: module.CaseShowPage })),
);

export const CaseShow = () => (
  <Suspense fallback={<Loading loadingSecondary="berdaya.case_page.loading" />}>
    <CaseShowPage />
  </Suspense>
);
