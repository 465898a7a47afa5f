import { useT } from '@zi/ui';
import { WorksheetImport } from './WorksheetImport';
import { reportPdfUrl, worksheetXlsxUrl } from './worksheet-import';

interface DocumentLinksProps {
  assessmentId: string;
  /** Whether the viewer may replace the unit's answers from a worksheet file now. */
  canImport: boolean;
}

/** The worksheet in the official layout (.xlsx), the evaluation report (LHE, PDF), and the import. */
export function DocumentLinks({ assessmentId, canImport }: DocumentLinksProps) {
  const t = useT();
  return (
    <div className="documents">
      <ul className="documents__links">
        <li>
          <a href={worksheetXlsxUrl(assessmentId)} download data-testid="download-xlsx">
            {t('documents.xlsx')}
          </a>
        </li>
        <li>
          <a href={reportPdfUrl(assessmentId)} download data-testid="download-lhe">
            {t('documents.lhe')}
          </a>
        </li>
      </ul>
      {canImport && <WorksheetImport assessmentId={assessmentId} />}
    </div>
  );
}
