import { useT } from '@zi/ui';
import type { ReactNode } from 'react';

/** The numbers behind a chart, folded away until asked for. */
export function DataDetails({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  return (
    <details className="dashboard-details" data-testid="data-details">
      <summary>
        {t('dashboard.showTable')}
        <span className="visually-hidden">: {label}</span>
      </summary>
      <div className="dashboard-details__body">{children}</div>
    </details>
  );
}
