import { RouteError } from '@zi/ui';
import { createBrowserRouter } from 'react-router';
import { PublicLayout } from './PublicLayout';
import { DirectoryPage } from './pages/DirectoryPage';

// The directory is the first visit's page and comes in the first bundle; every other page is its
// own chunk, loaded when it is opened (issue 15: the first visit well under 200 KB compressed).
export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DirectoryPage /> },
          {
            path: 'units/:id',
            lazy: async () => ({ Component: (await import('./pages/UnitPage')).UnitPage }),
          },
          {
            path: 'statistik',
            lazy: async () => ({ Component: (await import('./pages/StatisticsPage')).StatisticsPage }),
          },
          {
            path: 'verifikasi',
            lazy: async () => ({ Component: (await import('./pages/VerifyPage')).VerifyPage }),
          },
          {
            path: 'data',
            lazy: async () => ({ Component: (await import('./pages/OpenDataPage')).OpenDataPage }),
          },
          { path: 'api', lazy: async () => ({ Component: (await import('./pages/ApiPage')).ApiPage }) },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./pages/NotFoundPage')).NotFoundPage }),
          },
        ],
      },
    ],
  },
]);
