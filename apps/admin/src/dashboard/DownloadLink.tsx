import { useT } from '@zi/ui';

/** A table of the dashboard as the API writes it; the session cookie rides along on a plain link. */
export function DownloadLink({ href, table }: { href: string; table: string }) {
  const t = useT();
  return (
    <a
      className="button button--secondary dashboard-download"
      href={href}
      download
      data-testid="csv-download"
      aria-label={t('dashboard.downloadCsvOf', { table })}
    >
      {t('dashboard.downloadCsv')}
    </a>
  );
}
