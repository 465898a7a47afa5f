import { useMutation } from '@apollo/client/react';
import { type IssuedLheFragment, IssueLheDocument } from '@zi/schema/admin';
import { formatDate, useLocale, useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';

interface LheIssueProps {
  assessmentId: string;
  /** The LHE as issued; null until it is. */
  report: IssuedLheFragment | null;
  /** Whether the viewer may issue it now (the server's `viewerMay.issueLhe`). */
  mayIssue: boolean;
}

/**
 * The LHE's number and verification code once issued, or the button that issues it: numbered in
 * the instansi's sequence and kept as issued, so later downloads are the same file.
 */
export function LheIssue({ assessmentId, report, mayIssue }: LheIssueProps) {
  const t = useT();
  const [locale] = useLocale();
  const describe = useRefusalText();
  const [failure, setFailure] = useState<string | null>(null);
  const [issue, { loading }] = useMutation(IssueLheDocument, {
    update(cache, { data }) {
      const issued = data?.issueLhe;
      if (!issued) return;
      cache.modify({
        id: cache.identify({ __typename: 'Assessment', id: assessmentId }),
        fields: {
          lheReport: () => issued,
          viewerMay: (may) => (may && typeof may === 'object' ? { ...may, issueLhe: false } : may),
        },
      });
    },
  });

  if (report) {
    return (
      <p className="lhe-issued" data-testid="lhe-issued">
        {t('documents.lheIssued', {
          number: report.number,
          date: formatDate(report.issuedOn, locale),
          code: report.verificationCode,
        })}
      </p>
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
