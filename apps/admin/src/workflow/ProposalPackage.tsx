import { useMutation } from '@apollo/client/react';
import { type AssembledPackageFragment, AssembleProposalPackageDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useDateTime } from '../auth/useDateTime';
import { useRefusalText } from '../useRefusalText';
import { documentsRefetched } from './documents-refetched';
import { proposalZipUrl } from './worksheet-import';

interface ProposalPackageProps {
  assessmentId: string;
  /** The package as assembled; null until it is. */
  assembled: AssembledPackageFragment | null;
  /** Whether the viewer may assemble it now (the server's `viewerMay.assembleProposalPackage`). */
  mayAssemble: boolean;
}

/**
 * The proposal package: once assembled, its download and its files with their SHA-256; before, the
 * button that assembles it (the letters, the workbook, the issued LHE, zipped once and kept).
 */
export function ProposalPackage({ assessmentId, assembled, mayAssemble }: ProposalPackageProps) {
  const t = useT();
  const dateTime = useDateTime();
  const describe = useRefusalText();
  const [failure, setFailure] = useState<string | null>(null);
  const [assemble, { loading }] = useMutation(
    AssembleProposalPackageDocument,
    documentsRefetched(assessmentId),
  );

  if (assembled) {
    return (
      <div className="proposal-package" data-testid="proposal-package">
        <a href={proposalZipUrl(assessmentId)} download data-testid="download-package">
          {t('documents.packageDownload')}
        </a>
        <p className="field__hint">
          {t('documents.packageAssembled', { date: dateTime(String(assembled.assembledAt)) })}
        </p>
        <ul className="proposal-package__files">
          {assembled.files.map((file) => (
            <li key={file.file}>
              {file.file} <code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!mayAssemble) return null;
  return (
    <div className="proposal-package">
      <button
        type="button"
        className={loading ? 'button button--secondary is-busy' : 'button button--secondary'}
        disabled={loading}
        data-testid="assemble-package"
        onClick={async () => {
          setFailure(null);
          try {
            await assemble({ variables: { assessmentId } });
          } catch (error) {
            setFailure(describe(refusalOf(error)));
          }
        }}
      >
        {loading ? t('documents.packageAssembling') : t('documents.packageAssemble')}
      </button>
      <p className="field__hint">{t('documents.packageHint')}</p>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
