import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useLibrarySync } from '../features/library/hooks/use-library-sync.ts';
import { createQueryClient } from '../lib/react-query.ts';
import { whenIdle } from '../lib/schedule.ts';
import { createAppRouter, preloadReaderRoute } from './router.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

/** Library changes made in other tabs reach this one (list, and a reader whose call was deleted). */
function LibrarySync() {
  useLibrarySync();
  return null;
}

/**
 * Work for when the page is idle, its code outside the entry bundle: the library search index follows the library,
 * and older summaries get their details (library-index-sync.tsx).
 */
const LibraryIndexSync = lazy(() => import('./library-index-sync.tsx').then((module) => ({ default: module.LibraryIndexSync })));

function IdleLibraryIndexSync() {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle ? (
    <Suspense fallback={null}>
      <LibraryIndexSync />
    </Suspense>
  ) : null;
}

/** Query client and router, created once per page load. */
export function AppProviders() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  useEffect(preloadReaderRoute, []);
  return (
    <QueryClientProvider client={queryClient}>
      <LibrarySync />
      <IdleLibraryIndexSync />
      <RouterProvider router={router} />
      <UpdatePrompt />
    </QueryClientProvider>
  );
}
