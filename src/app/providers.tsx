import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useCallDetailsPass } from '../features/library/hooks/use-call-details-pass.ts';
import { useLibrarySync } from '../features/library/hooks/use-library-sync.ts';
import { createQueryClient } from '../lib/react-query.ts';
import { LibraryIndexSync } from './library-index-sync.tsx';
import { createAppRouter, preloadReaderRoute } from './router.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

/** Library changes made in other tabs reach this one (list, and a reader whose call was deleted); older summaries get their details. */
function LibrarySync() {
  useLibrarySync();
  useCallDetailsPass();
  return null;
}

/** Query client and router, created once per page load. */
export function AppProviders() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  useEffect(preloadReaderRoute, []);
  return (
    <QueryClientProvider client={queryClient}>
      <LibrarySync />
      <LibraryIndexSync />
      <RouterProvider router={router} />
      <UpdatePrompt />
    </QueryClientProvider>
  );
}
