import type { AnswerLayer, AssembledPackageFragment, IssuedLheFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { LheIssue } from './LheIssue';
import { ProposalPackage } from './ProposalPackage';
import { WorksheetImport } from './WorksheetImport';
import { reportPdfUrl, worksheetXlsxUrl } from './worksheet-import';

interface DocumentLinksProps {
  assessmentId: string;
  /** The LHE as issued; null until it is. */
  lheReport: IssuedLheFragment | null;
  /** Whether the viewer may issue the LHE now (the server's `viewerMay.issueLhe`). */
  mayIssueLhe: boolean;
  /** Whether the viewer may revise the issued LHE now (the server's `viewerMay.reviseLhe`). */
  mayReviseLhe: boolean;
  /** The proposal package as assembled; null until it is. */
  proposalPackage: AssembledPackageFragment | null;
  /** Whether the viewer may assemble it now (the server's `viewerMay.assembleProposalPackage`). */
  mayAssemblePackage: boolean;
  /** The layers the viewer may replace from a workbook now (the server's `editableLayers`). */
  importLayers: readonly AnswerLayer[];
}

/** The LKE workbook in the official template (.xlsx), the evaluation report (LHE, PDF), and the imports. */
export function DocumentLinks({
  assessmentId,
  lheReport,
  mayIssueLhe,
  mayReviseLhe,
  proposalPackage,
  mayAssemblePackage,
  importLayers,
}: DocumentLinksProps) {
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
      <LheIssue
        assessmentId={assessmentId}
        report={lheReport}
        mayIssue={mayIssueLhe}
        mayRevise={mayReviseLhe}
      />
      <ProposalPackage
        assessmentId={assessmentId}
        assembled={proposalPackage}
        mayAssemble={mayAssemblePackage}
      />
      {importLayers.map((layer) => (
        <WorksheetImport key={layer} assessmentId={assessmentId} layer={layer} />
      ))}
    </div>
  );
}
