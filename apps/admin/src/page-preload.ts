import type { AppResource } from './app-resource';
import { isPreloadable } from './lazy-page';

type View = 'list' | 'create' | 'edit' | 'show';

const IDLE_PRELOAD_DELAY_MS = 1_000;

/** The resource and view react-admin's routes show at a hash address (`#/cases?…`, `#/users/7`). */
function viewAt(hash: string): { name: string; view: View } | undefined {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const [name, second, third, ...rest] = path.split('/');
  if (!name || rest.length > 0) return undefined;
  if (second === undefined) return { name, view: 'list' };
  if (third === undefined) return { name, view: second === 'create' ? 'create' : 'edit' };
  return third === 'show' ? { name, view: 'show' } : undefined;
}

/** Whether an address opens the dashboard (`#/`, or no hash at all). */
const isDashboardAt = (hash: string) => (hash.replace(/^#\/?/, '').split('?')[0] ?? '') === '';

/**
 * Starts fetching the code of the page an address opens (a reload, a link from elsewhere) while
 * the panel itself starts, rather than once the layout has rendered and React reaches the page;
 * `dashboard` fetches the dashboard's. Settles when the code is in, or failed to come; undefined
 * when there is nothing to fetch.
 */
export function preloadPageAt(
  hash: string,
  resources: readonly AppResource[],
  dashboard: () => Promise<unknown> | undefined,
): Promise<void> | undefined {
  const at = viewAt(hash);
  const page = at && resources.find((resource) => resource.name === at.name)?.[at.view];
  const loading = isDashboardAt(hash)
    ? dashboard()
    : isPreloadable(page)
      ? page.preload()
      : undefined;
  // A failed load is left to the page itself, which tries again and shows the error.
  return loading?.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Once the first page has shown and the browser is idle, fetches the code of every list page, so
 * that opening one from the menu renders at once instead of suspending on its download (and React
 * holding it back 300 ms more). The files are cached for good, so this is paid once per release.
 */
export function preloadListPagesWhenIdle(resources: readonly AppResource[]): () => void {
  const preloadAll = () => {
    for (const { list } of resources) {
      // A failed load is left to the page itself, which tries again when opened.
      if (isPreloadable(list)) list.preload().catch(() => undefined);
    }
  };
  // After the first page's own reads have had their turn on the network.
  const timer = setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(preloadAll);
    else preloadAll();
  }, IDLE_PRELOAD_DELAY_MS);
  return () => clearTimeout(timer);
}
