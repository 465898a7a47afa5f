import { useDocumentTitle, useT } from '@zi/ui';
import { useViewer } from '../auth/SignedIn';
import { DashboardRefused } from './DashboardRefused';
import { PortfolioDashboard } from './PortfolioDashboard';

/** The Inspektorat's and the TPI's view of every unit in their scope; a unit operator is told why not. */
export function DashboardPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('dashboard.title'));
  const viewer = useViewer();
  return (
    <section data-testid="dashboard-page">
      <h1>{t('dashboard.title')}</h1>
      {viewer.may.seeDashboard ? <PortfolioDashboard /> : <DashboardRefused />}
    </section>
  );
}
