import { type ComponentProps, createElement, lazy, type ReactNode } from 'react';

/** What a page's `import()` resolves to, as React's `lazy` takes it. */
type PageModule = Awaited<ReturnType<Parameters<typeof lazy>[0]>>;

/** A page whose code loads when it is first shown, or earlier through `preload`. */
export type LazyPage<M extends PageModule = PageModule> = ((
  props: ComponentProps<M['default']>,
) => ReactNode) & { preload: () => Promise<M> };

/**
 * Like React's `lazy`, with `preload` to start fetching the page's code before React gets to it.
 * Once the code has arrived the page renders at once: through `lazy` alone it would still suspend,
 * and React holds a Suspense boundary's content back until 300 ms after its fallback showed.
 */
export function lazyPage<M extends PageModule>(load: () => Promise<M>): LazyPage<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const loadOnce = () => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // Forgotten, so that showing the page later tries again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Pending = lazy(loadOnce);
  const Page = (props: ComponentProps<M['default']>) =>
    createElement(loaded ? loaded.default : Pending, props);
  return Object.assign(Page, { preload: loadOnce });
}

/** Whether a page (a lazyPage, or a component wrapping one) can fetch its code ahead. */
export const isPreloadable = (page: unknown): page is { preload: () => Promise<unknown> } =>
  (typeof page === 'function' || (typeof page === 'object' && page !== null)) &&
  'preload' in page &&
  typeof page.preload === 'function';
