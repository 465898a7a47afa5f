import { useT } from '@zi/ui';
import type { ImportReport } from './unit-import';

/** How many rows the file has, and what happens to them. */
export function ImportSummary({ summary }: { summary: ImportReport['summary'] }) {
  const t = useT();
  const figures = [
    ['rows', t('unitImport.summaryRows'), summary.rows],
    ['create', t('unitImport.summaryCreate'), summary.create],
    ['update', t('unitImport.summaryUpdate'), summary.update],
    ['unchanged', t('unitImport.summaryUnchanged'), summary.unchanged],
    ['invalid', t('unitImport.summaryInvalid'), summary.invalid],
  ] as const;
  return (
    <dl className="key-figures" aria-label={t('unitImport.summary')} data-testid="import-summary">
      {figures.map(([key, label, value]) => (
        <div key={key} className="key-figures__item">
          <dt>{label}</dt>
          <dd data-testid={`import-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
