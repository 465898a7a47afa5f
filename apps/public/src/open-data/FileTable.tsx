import { type Column, DataTable, formatNumber, useLocale, useT } from '@zi/ui';
import { formatBytes } from './bytes';
import { fileDescription, formatOf } from './file-labels';
import type { OpenDataFile, OpenDataManifest } from './manifest';

/** Every file of the current version with what it holds, its size, rows and checksum. */
export function FileTable({ manifest }: { manifest: OpenDataManifest }) {
  const t = useT();
  const [locale] = useLocale();
  const columns: Column<OpenDataFile>[] = [
    {
      key: 'name',
      header: t('openData.fileName'),
      cell: (file) => (
        <>
          <a href={file.path} download data-testid="open-data-download">
            {file.name}
          </a>
          <span className="cell-note">{fileDescription(file.name, manifest, t, locale)}</span>
        </>
      ),
    },
    { key: 'format', header: t('openData.format'), cell: (file) => formatOf(file.mediaType) },
    {
      key: 'size',
      header: t('openData.size'),
      numeric: true,
      cell: (file) => formatBytes(file.bytes, locale),
    },
    {
      key: 'rows',
      header: t('openData.rows'),
      numeric: true,
      cell: (file) => (file.rows === null ? '—' : formatNumber(file.rows, locale)),
    },
    {
      key: 'sha256',
      header: t('openData.sha256'),
      cell: (file) => <code className="checksum">{file.sha256}</code>,
    },
  ];
  return (
    <DataTable
      caption={t('openData.files')}
      columns={columns}
      rows={manifest.files}
      rowKey={(file) => file.name}
      rowTestId="open-data-file"
    />
  );
}
