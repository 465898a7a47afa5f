import { RouteError } from '@zi/ui';
import { createBrowserRouter, Outlet, ScrollRestoration } from 'react-router';
import { SignedIn } from './auth/SignedIn';
import { ComparePage } from './pages/ComparePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { QueuePage } from './pages/QueuePage';
import { UnitsPage } from './pages/UnitsPage';
import { WorksheetPage } from './pages/WorksheetPage';

function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

export const router = createBrowserRouter(
  [
    {
      element: <Root />,
      errorElement: <RouteError />,
      children: [
        { path: 'login', element: <LoginPage /> },
        {
          element: <SignedIn />,
          children: [
            { index: true, element: <UnitsPage /> },
            { path: 'antrian', element: <QueuePage /> },
            { path: 'assessments/:id', element: <WorksheetPage /> },
            { path: 'assessments/:id/compare', element: <ComparePage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
