import { formatNumber, useLocale, useT } from '@zi/ui';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import type { HeadlineFigures as Figures } from './headline';

interface Figure {
  key: string;
  label: string;
  value: number;
  /** Counts of today's work, whatever the year chosen. */
  today?: boolean;
  link?: (value: string) => ReactNode;
}

/** The handful of numbers an Inspektor looks at first, each leading to where the work is. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  const items: Figure[] = [
    { key: 'units', label: t('dashboard.figure.units'), value: figures.units },
    { key: 'building', label: t('dashboard.figure.building'), value: figures.building },
    { key: 'wbk', label: t('stats.holdingWbk'), value: figures.wbk, today: true },
    { key: 'wbbm', label: t('stats.holdingWbbm'), value: figures.wbbm, today: true },
    {
      key: 'overdue',
      label: t('dashboard.figure.overdue'),
      value: figures.overdueFollowUps,
      today: true,
      link: (value) => (
        <Link to="/tindak-lanjut?overdue=1">
          {value}
          <span className="visually-hidden"> {t('dashboard.figure.overdueLink')}</span>
        </Link>
      ),
    },
    {
      key: 'late-plan',
      label: t('dashboard.figure.latePlan'),
      value: figures.latePlanItems,
      today: true,
      link: (value) => (
        <Link to="/rencana-aksi">
          {value}
          <span className="visually-hidden"> {t('dashboard.figure.latePlanLink')}</span>
        </Link>
      ),
    },
    {
      key: 'never-coached',
      label: t('dashboard.figure.neverCoached'),
      value: figures.neverCoached,
      link: (value) => (
        <a href="#dasbor-coaching">
          {value}
          <span className="visually-hidden"> {t('dashboard.figure.neverCoachedLink')}</span>
        </a>
      ),
    },
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('dashboard.figures')}
      </h2>
      <dl className="key-figures dashboard-figures" aria-live="polite">
        {items.map((item) => {
          const value = formatNumber(item.value, locale);
          return (
            <div key={item.key} className="key-figures__item" data-testid={`figure-${item.key}`}>
              <dt>
                {item.label}
                {item.today && (
                  <span className="dashboard-figures__note"> ({t('dashboard.figure.today')})</span>
                )}
              </dt>
              <dd>{item.link ? item.link(value) : value}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
