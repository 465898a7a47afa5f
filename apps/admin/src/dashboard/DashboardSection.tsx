import { type ReactNode, useId } from 'react';
import { DownloadLink } from './DownloadLink';
import type { DashboardTable } from './downloads';

interface DashboardSectionProps {
  table: DashboardTable;
  title: string;
  intro: string;
  /** Where the API writes this part's table as CSV. */
  csv: string;
  children: ReactNode;
}

/** One part of the dashboard: what it shows, its content, and its table as CSV. */
export function DashboardSection({ table, title, intro, csv, children }: DashboardSectionProps) {
  const headingId = useId();
  return (
    <section
      id={`dasbor-${table}`}
      className="section dashboard-section"
      aria-labelledby={headingId}
      data-testid={`dashboard-${table}`}
    >
      <div className="dashboard-section__header">
        <h2 id={headingId}>{title}</h2>
        <DownloadLink href={csv} table={title} />
      </div>
      <p className="muted dashboard-section__intro">{intro}</p>
      {children}
    </section>
  );
}
