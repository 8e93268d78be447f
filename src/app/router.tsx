import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router-dom';
import { whenIdle } from '../lib/schedule.ts';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';

const loadReaderRoute = () => import('./routes/reader-route.tsx');

/** Shown while the first route's code and data load. */
function RouteLoading() {
  return (
    <p className="route-loading" role="status">
      Loading…
    </p>
  );
}

/** Fetches the reader's code while the browser is idle, so the first call opens without waiting for it. */
export function preloadReaderRoute(): void {
  whenIdle(() => void loadReaderRoute());
}

/** The app's routes; route modules are loaded lazily and receive the query client for their loaders. */
export function createAppRouter(queryClient: QueryClient) {
  const reader = async () => {
    const module = await loadReaderRoute();
    return { Component: module.ReaderRoute };
  };
  // The reader's loader is defined here, not in its lazy module: React Router runs a static loader alongside
  // `lazy`, so the call is read from IndexedDB and parsed while the reader's code loads (a deep link waited for
  // one, then the other).
  const readerLoader = async ({ params }: LoaderFunctionArgs) => {
    const { transcriptQueryOptions } = await import('../features/library/api/get-transcript.ts');
    await queryClient.ensureQueryData(transcriptQueryOptions(params.id ?? ''));
    return null;
  };
  return createBrowserRouter([
    {
      path: '/',
      Component: AppLayout,
      ErrorBoundary: RouteError,
      HydrateFallback: RouteLoading,
      children: [
        {
          index: true,
          lazy: async () => {
            // The library's list is read while the route's code loads, not after it has rendered.
            void import('../features/library/api/get-library.ts').then((library) =>
              queryClient.prefetchQuery(library.libraryQueryOptions()),
            );
            const module = await import('./routes/home-route.tsx');
            return { Component: module.HomeRoute };
          },
        },
        {
          path: 'glossary',
          lazy: async () => {
            const module = await import('./routes/glossary-route.tsx');
            return { Component: module.GlossaryRoute };
          },
        },
        {
          path: 'search',
          lazy: async () => {
            const module = await import('./routes/search-route.tsx');
            return { Component: module.SearchRoute };
          },
        },
        // One route for a call: the rest of the path is the place in it (q/3, t/12), read by the reader.
        {
          path: 'read/:id/*',
          loader: readerLoader,
          lazy: reader,
          // Moving within a call (a question, a turn, the view) loads nothing: the call is in the cache.
          shouldRevalidate: ({ currentParams, nextParams }) => currentParams.id !== nextParams.id,
        },
        {
          path: 'compare/:a/:b',
          lazy: async () => {
            const module = await import('./routes/compare-route.tsx');
            return {
              Component: module.CompareRoute,
              loader: module.createCompareLoader(queryClient),
              // The text language (?text=) loads nothing: both calls are in the cache.
              shouldRevalidate: ({
                currentParams,
                nextParams,
              }: {
                currentParams: { a?: string; b?: string };
                nextParams: { a?: string; b?: string };
              }) => currentParams.a !== nextParams.a || currentParams.b !== nextParams.b,
            };
          },
        },
        // Across calls: a company's calls and key figures, an analyst's questions, a company speaker's answers.
        {
          path: 'company/:slug',
          lazy: async () => {
            const module = await import('./routes/company-route.tsx');
            return { Component: module.CompanyRoute };
          },
        },
        {
          path: 'analyst/:slug',
          lazy: async () => {
            const module = await import('./routes/person-route.tsx');
            return { Component: module.AnalystRoute };
          },
        },
        {
          path: 'speaker/:slug',
          lazy: async () => {
            const module = await import('./routes/person-route.tsx');
            return { Component: module.SpeakerRoute };
          },
        },
        // Every highlight and note of the library (issue 12).
        {
          path: 'notes',
          lazy: async () => {
            const module = await import('./routes/notes-route.tsx');
            return { Component: module.NotesRoute };
          },
        },
        { path: '*', Component: RouteError },
      ],
    },
  ]);
}
