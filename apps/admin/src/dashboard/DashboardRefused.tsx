import { useT } from '@zi/ui';
import { Link } from 'react-router';

/** What a unit operator sees at the dashboard's address: why not, and where to go instead. */
export function DashboardRefused() {
  const t = useT();
  return (
    <div className="alert alert--info" role="alert" data-testid="dashboard-refused">
      <p className="alert__title">{t('dashboard.refusedTitle')}</p>
      <p className="alert__message">{t('dashboard.refusedBody')}</p>
      <p className="alert__message">
        <Link to="/">{t('dashboard.toUnits')}</Link>
      </p>
    </div>
  );
}
