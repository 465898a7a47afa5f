import { RouteError } from '@zi/ui';
import { createBrowserRouter } from 'react-router';
import { PublicLayout } from './PublicLayout';
import { DirectoryPage } from './pages/DirectoryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { UnitPage } from './pages/UnitPage';

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DirectoryPage /> },
          { path: 'units/:id', element: <UnitPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
