import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../src/web/app/providers.tsx';
import { createI18n, type Language } from '../../../src/web/i18n/index.ts';

export interface RenderRouteOptions {
  /** The URL the memory router starts at (default `/`). */
  path?: string;
  language?: Language;
}

/**
 * One element as the only route of a memory data router (at any path), with the app's providers:
 * for testing a component that reads or writes the URL without the whole shell.
 */
export function renderRoute(element: ReactNode, options: RenderRouteOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
  const i18n = createI18n(options.language ?? 'vi');
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [options.path ?? '/'] });
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, i18n, search: () => searchOf(router) };
}

/** The router's current query string as URLSearchParams (works for renderApp's router too). */
export function searchOf(router: { state: { location: { search: string } } }): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}
