import { useLocale, useT } from '@zi/ui';
import { reportUrl } from './reports';

/** The round's ekspose for every unit in scope, as a PDF to present and a workbook to work on. */
export function RoundReports({ roundId }: { roundId: string }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <ul className="documents__links">
      <li>
        <a href={reportUrl(roundId, 'pdf', locale)} download data-testid="report-pdf">
          {t('monitoring.reportPdf')}
        </a>
      </li>
      <li>
        <a href={reportUrl(roundId, 'xlsx', locale)} download data-testid="report-xlsx">
          {t('monitoring.reportXlsx')}
        </a>
      </li>
    </ul>
  );
}

/** One unit's report of the round, to send to the unit. */
export function UnitReports({ roundId, unit }: { roundId: string; unit: { id: string; name: string } }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <p className="inline finding-group__reports">
      <a href={reportUrl(roundId, 'pdf', locale, unit.id)} download data-testid="unit-report-pdf">
        {t('monitoring.unitReportPdf')}
        <span className="visually-hidden"> {unit.name}</span>
      </a>
      <a href={reportUrl(roundId, 'xlsx', locale, unit.id)} download data-testid="unit-report-xlsx">
        {t('monitoring.unitReportXlsx')}
        <span className="visually-hidden"> {unit.name}</span>
      </a>
    </p>
  );
}
