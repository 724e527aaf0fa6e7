import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../src/web/app/providers.tsx';
import { appRoutes } from '../../../src/web/app/routes.tsx';
import { IngestWorkerContext, type WorkerFactory } from '../../../src/web/features/upload/lib/use-ingest.ts';
import { createI18n, type Language } from '../../../src/web/i18n/index.ts';
import { InProcessWorker } from './in-process-worker.ts';

export interface RenderAppOptions {
  language?: Language;
  workerFactory?: WorkerFactory;
}

/** The whole app (real routes, providers and shell) at `path`, with a fresh cache and in-memory history. */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
  const i18n = createI18n(options.language ?? 'vi');
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const factory = options.workerFactory ?? (() => new InProcessWorker());
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <IngestWorkerContext.Provider value={factory}>
        <RouterProvider router={router} />
      </IngestWorkerContext.Provider>
    </AppProviders>,
  );
  return { ...view, router, queryClient, i18n };
}
