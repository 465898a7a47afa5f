import { CodeText, type Column, DataTable, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import type { Dataset, DatasetColumn } from './manifest';

function DatasetColumns({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  const columns: Column<DatasetColumn>[] = [
    { key: 'name', header: t('openData.column'), cell: (column) => <code>{column.name}</code> },
    { key: 'type', header: t('openData.type'), cell: (column) => column.type },
    {
      key: 'description',
      header: t('openData.columnDescription'),
      cell: (column) => <CodeText text={column.description[locale]} />,
    },
  ];
  return (
    <section className="dictionary" aria-labelledby={headingId} data-testid="dictionary-dataset">
      <h3 id={headingId}>
        {dataset.title[locale]} <code>{dataset.name}.csv</code>
      </h3>
      <DataTable
        caption={t('openData.columnsOf', { dataset: `${dataset.name}.csv` })}
        columns={columns}
        rows={dataset.columns}
        rowKey={(column) => column.name}
      />
    </section>
  );
}

/** Per dataset, each CSV column with its type and meaning, as the manifest states them. */
export function DataDictionary({ datasets }: { datasets: readonly Dataset[] }) {
  return (
    <>
      {datasets.map((dataset) => (
        <DatasetColumns key={dataset.name} dataset={dataset} />
      ))}
    </>
  );
}
