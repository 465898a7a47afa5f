import { Loading } from '@zi/ui';
import { lazy, Suspense } from 'react';

// GraphiQL and its editor weigh more than the rest of the site together: only this page loads them.
const GraphiqlExplorer = lazy(() => import('./GraphiqlExplorer'));

export function Explorer() {
  return (
    <Suspense fallback={<Loading />}>
      <GraphiqlExplorer />
    </Suspense>
  );
}
