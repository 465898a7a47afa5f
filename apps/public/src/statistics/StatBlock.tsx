import { BarChart } from '@zi/ui';
import { useId } from 'react';
import { CsvDownload } from './CsvDownload';
import { StatTable } from './StatTable';
import type { StatSection } from './stat-model';

/** One count of the registry: its chart, the table behind it, and that table as CSV. */
export function StatBlock({ section }: { section: StatSection }) {
  const headingId = useId();
  // A table of two or three columns fits beside its chart on a wide screen; a wider one goes below.
  const beside = section.table.columns.length <= 3;
  return (
    <section className="section stat-block" aria-labelledby={headingId} data-testid={`stats-${section.id}`}>
      <h2 id={headingId}>{section.title}</h2>
      <p className="muted">{section.intro}</p>
      <div className={beside ? 'stat-block__body stat-block__body--beside' : 'stat-block__body'}>
        <div className="card stat-block__chart">
          <BarChart chart={section.chart} />
        </div>
        <div className="stat-block__table">
          <StatTable table={section.table} caption={section.title} />
          <CsvDownload fileName={section.fileName} table={section.table} label={section.title} />
        </div>
      </div>
    </section>
  );
}
