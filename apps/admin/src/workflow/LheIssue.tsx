import { useMutation } from '@apollo/client/react';
import { type IssuedLheFragment, IssueLheDocument } from '@zi/schema/admin';
import { formatDate, useLocale, useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { documentsRefetched } from './documents-refetched';
import { LheRevise } from './LheRevise';

interface LheIssueProps {
  assessmentId: string;
  /** The LHE as issued; null until it is. */
  report: IssuedLheFragment | null;
  /** Whether the viewer may issue it now (the server's `viewerMay.issueLhe`). */
  mayIssue: boolean;
  /** Whether the viewer may revise the issued report now (the server's `viewerMay.reviseLhe`). */
  mayRevise: boolean;
}

/**
 * The LHE's number and verification code once issued, or the button that issues it: numbered in
 * the instansi's sequence and kept as issued, so later downloads are the same file.
 */
export function LheIssue({ assessmentId, report, mayIssue, mayRevise }: LheIssueProps) {
  const t = useT();
  const [locale] = useLocale();
  const describe = useRefusalText();
  const [failure, setFailure] = useState<string | null>(null);
  const [issue, { loading }] = useMutation(IssueLheDocument, documentsRefetched(assessmentId));

  if (report) {
    return (
      <div className="lhe-issued">
        <p data-testid="lhe-issued">
          {t('documents.lheIssued', {
            number: report.number,
            date: formatDate(report.issuedOn, locale),
            code: report.verificationCode,
          })}
        </p>
        {report.revisionReason && (
          <p data-testid="lhe-revision">
            {t('documents.lheRevision', { revision: report.revision, reason: report.revisionReason })}
          </p>
        )}
        {mayRevise && <LheRevise assessmentId={assessmentId} replaces={report.verificationCode} />}
      </div>
    );
  }
  if (!mayIssue) return null;
  return (
    <div className="lhe-issue">
      <button
        type="button"
        className={loading ? 'button button--secondary is-busy' : 'button button--secondary'}
        disabled={loading}
        data-testid="issue-lhe"
        onClick={async () => {
          setFailure(null);
          try {
            await issue({ variables: { assessmentId } });
          } catch (error) {
            setFailure(describe(refusalOf(error)));
          }
        }}
      >
        {loading ? t('documents.lheIssuing') : t('documents.lheIssue')}
      </button>
      <p className="field__hint">{t('documents.lheIssueHint')}</p>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
