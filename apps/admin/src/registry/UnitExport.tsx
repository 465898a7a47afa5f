import { useT } from '@zi/ui';
import { useId } from 'react';
import { exportUrl } from './unit-import';

/** The active units as a file in the import's columns: to keep, or to edit and import again. */
export function UnitExport() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="card registry-card" aria-labelledby={headingId} data-testid="unit-export">
      <h2 id={headingId}>{t('unitExport.title')}</h2>
      <p>{t('unitExport.intro')}</p>
      {/* Files the API serves with the session cookie: plain links, outside the portal's router. */}
      <div className="inline">
        <a
          className="button button--secondary"
          href={exportUrl('csv')}
          download
          data-testid="unit-export-csv"
        >
          {t('unitExport.csv')}
        </a>
        <a
          className="button button--secondary"
          href={exportUrl('xlsx')}
          download
          data-testid="unit-export-xlsx"
        >
          {t('unitExport.xlsx')}
        </a>
      </div>
    </section>
  );
}
