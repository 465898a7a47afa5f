import { RouteError } from '@zi/ui';
import { createBrowserRouter, Outlet, ScrollRestoration } from 'react-router';
import { SignedIn } from './auth/SignedIn';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
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
            { path: 'assessments/:id', element: <WorksheetPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
