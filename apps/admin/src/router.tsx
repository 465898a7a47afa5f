import { RouteError } from '@zi/ui';
import { createBrowserRouter, Outlet, ScrollRestoration } from 'react-router';
import { SignedIn } from './auth/SignedIn';
import { ActionPlanPage } from './pages/ActionPlanPage';
import { CoachingPage } from './pages/CoachingPage';
import { CoachingSessionPage } from './pages/CoachingSessionPage';
import { ComparePage } from './pages/ComparePage';
import { DashboardPage } from './pages/DashboardPage';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { LoginPage } from './pages/LoginPage';
import { MonitoringPage } from './pages/MonitoringPage';
import { MonitoringRoundPage } from './pages/MonitoringRoundPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { QueuePage } from './pages/QueuePage';
import { RegistryPage } from './pages/RegistryPage';
import { SetPasswordPage } from './pages/SetPasswordPage';
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
        { path: 'kata-sandi', element: <SetPasswordPage /> },
        {
          element: <SignedIn />,
          children: [
            { index: true, element: <UnitsPage /> },
            { path: 'antrian', element: <QueuePage /> },
            { path: 'assessments/:id', element: <WorksheetPage /> },
            { path: 'assessments/:id/compare', element: <ComparePage /> },
            { path: 'dasbor', element: <DashboardPage /> },
            { path: 'kelola', element: <RegistryPage /> },
            { path: 'notifikasi', element: <NotificationsPage /> },
            { path: 'monev', element: <MonitoringPage /> },
            { path: 'monev/:id', element: <MonitoringRoundPage /> },
            { path: 'tindak-lanjut', element: <FollowUpsPage /> },
            { path: 'pendampingan', element: <CoachingPage /> },
            { path: 'pendampingan/:id', element: <CoachingSessionPage /> },
            { path: 'rencana-aksi', element: <ActionPlanPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
