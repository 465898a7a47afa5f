import { useT } from '@zi/ui';
import { toCsv } from './csv';
import type { TableModel } from './stat-model';

/** Builds the file in the browser from the table shown: what is downloaded is what is read. */
function download(fileName: string, table: TableModel): void {
  // The byte order mark makes Excel read the file as UTF-8 (names with accents, “—”).
  const blob = new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked once the browser has taken the file; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CsvDownload({
  fileName,
  table,
  label,
}: {
  fileName: string;
  table: TableModel;
  label: string;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button--secondary"
      data-testid="csv-download"
      aria-label={t('stats.downloadCsvOf', { table: label })}
      onClick={() => download(fileName, table)}
    >
      {t('stats.downloadCsv')}
    </button>
  );
}
