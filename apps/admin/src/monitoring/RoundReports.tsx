import { useT } from '@zi/ui';
import { reportUrl } from './reports';

/** The round's ekspose for every unit in scope, as a PDF to present and a workbook to work on. */
export function RoundReports({ roundId }: { roundId: string }) {
  const t = useT();
  return (
    <ul className="documents__links">
      <li>
        <a href={reportUrl(roundId, 'pdf')} download data-testid="report-pdf">
          {t('monitoring.reportPdf')}
        </a>
      </li>
      <li>
        <a href={reportUrl(roundId, 'xlsx')} download data-testid="report-xlsx">
          {t('monitoring.reportXlsx')}
        </a>
      </li>
    </ul>
  );
}

/** One unit's report of the round, to send to the unit. */
export function UnitReports({ roundId, unit }: { roundId: string; unit: { id: string; name: string } }) {
  const t = useT();
  return (
    <p className="inline finding-group__reports">
      <a href={reportUrl(roundId, 'pdf', unit.id)} download data-testid="unit-report-pdf">
        {t('monitoring.unitReportPdf')}
        <span className="visually-hidden"> {unit.name}</span>
      </a>
      <a href={reportUrl(roundId, 'xlsx', unit.id)} download data-testid="unit-report-xlsx">
        {t('monitoring.unitReportXlsx')}
        <span className="visually-hidden"> {unit.name}</span>
      </a>
    </p>
  );
}
