import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';

/** The app's routes; route modules are loaded lazily and receive the query client for their loaders. */
export function createAppRouter(queryClient: QueryClient) {
  const reader = async () => {
    const module = await import('./routes/reader-route.tsx');
    return { Component: module.ReaderRoute, loader: module.createReaderLoader(queryClient) };
  };
  return createBrowserRouter([
    {
      path: '/',
      Component: AppLayout,
      ErrorBoundary: RouteError,
      children: [
        {
          index: true,
          lazy: async () => {
            const module = await import('./routes/home-route.tsx');
            return { Component: module.HomeRoute };
          },
        },
        { path: 'read/:id', lazy: reader },
        { path: 'read/:id/q/:question', lazy: reader },
        { path: 'read/:id/t/:turn', lazy: reader },
        { path: '*', Component: RouteError },
      ],
    },
  ]);
}
