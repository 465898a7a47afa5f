import { RouteError } from '@zi/ui';
import { createBrowserRouter } from 'react-router';
import { PublicLayout } from './PublicLayout';
import { ApiPage } from './pages/ApiPage';
import { DirectoryPage } from './pages/DirectoryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OpenDataPage } from './pages/OpenDataPage';
import { StatisticsPage } from './pages/StatisticsPage';
import { UnitPage } from './pages/UnitPage';
import { VerifyPage } from './pages/VerifyPage';

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DirectoryPage /> },
          { path: 'units/:id', element: <UnitPage /> },
          { path: 'statistik', element: <StatisticsPage /> },
          { path: 'verifikasi', element: <VerifyPage /> },
          { path: 'data', element: <OpenDataPage /> },
          { path: 'api', element: <ApiPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
