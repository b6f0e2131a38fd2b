import type { AppResource } from './app-resource';
import { isPreloadable } from './lazy-page';

type View = 'list' | 'create' | 'edit' | 'show';

/** The resource and view react-admin's routes show at a hash address (`#/cases?…`, `#/users/7`). */
function viewAt(hash: string): { name: string; view: View } | undefined {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const [name, second, third, ...rest] = path.split('/');
  if (!name || rest.length > 0) return undefined;
  if (second === undefined) return { name, view: 'list' };
  if (third === undefined) return { name, view: second === 'create' ? 'create' : 'edit' };
  return third === 'show' ? { name, view: 'show' } : undefined;
}

/**
 * Starts fetching the code of the page an address opens (a reload, a link from elsewhere) while
 * the panel itself starts, rather than once the layout has rendered and React reaches the page.
 * Settles when the code is in, or failed to come; undefined when there is nothing to fetch.
 */
export function preloadPageAt(
  hash: string,
  resources: readonly AppResource[],
): Promise<void> | undefined {
  const at = viewAt(hash);
  const page = at && resources.find((resource) => resource.name === at.name)?.[at.view];
  if (!isPreloadable(page)) return undefined;
  // A failed load is left to the page itself, which tries again and shows the error.
  return page.preload().then(
    () => undefined,
    () => undefined,
  );
}
