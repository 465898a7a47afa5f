import type { VerifyLheQuery } from '@zi/schema/public';
import { formatDate, useLocale, useT } from '@zi/ui';
import { VerifyVerdict } from './VerifyVerdict';

type VerifiedLhe = NonNullable<VerifyLheQuery['verifyLhe']>;

/** Codes of evaluation reports (LHE) start so; any other code is a pact's. */
export const isLheCode = (code: string) => code.toUpperCase().startsWith('LHE-');

/**
 * An issued evaluation report: what it is about, its number, day and the fingerprint of its file;
 * if a revision replaced it, that it no longer stands and what replaced it.
 */
export function LheFound({ report }: { report: VerifiedLhe }) {
  const t = useT();
  const [locale] = useLocale();
  const { supersededBy } = report;
  return (
    <VerifyVerdict
      found={supersededBy === null}
      badge={supersededBy ? t('verifyLhe.superseded') : t('verifyLhe.issued')}
      title={supersededBy ? t('verifyLhe.supersededTitle') : t('verifyLhe.foundTitle')}
      testId={supersededBy ? 'lhe-superseded' : 'lhe-found'}
    >
      <dl className="facts">
        {supersededBy && (
          <div>
            <dt>{t('verifyLhe.supersededBy')}</dt>
            <dd>
              {t('verifyLhe.supersededByValue', {
                number: supersededBy.number,
                date: formatDate(supersededBy.issuedOn, locale),
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('verifyLhe.number')}</dt>
          <dd>{report.number}</dd>
        </div>
        <div>
          <dt>{t('verifyLhe.issuedOn')}</dt>
          <dd>{formatDate(report.issuedOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('verify.unit')}</dt>
          <dd>
            {report.unitName}
            <span className="cell-note">{report.instansiName}</span>
          </dd>
        </div>
        {report.revisionReason && (
          <div>
            <dt>{t('verifyLhe.revision')}</dt>
            <dd>
              {t('verifyLhe.revisionValue', { revision: report.revision, reason: report.revisionReason })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('verifyLhe.year')}</dt>
          <dd>{report.year}</dd>
        </div>
        <div>
          <dt>{t('verifyLhe.sha256')}</dt>
          <dd>
            <code className="hash">{report.sha256}</code>
            <span className="cell-note">{t('verifyLhe.sha256Hint')}</span>
          </dd>
        </div>
      </dl>
    </VerifyVerdict>
  );
}

/** No report was issued under this code. */
export function LheNotFound({ code }: { code: string }) {
  const t = useT();
  return (
    <VerifyVerdict
      found={false}
      badge={t('verifyLhe.notIssued')}
      title={t('verifyLhe.notFoundTitle', { code })}
      testId="lhe-not-found"
    >
      <p>{t('verifyLhe.notFoundBody')}</p>
    </VerifyVerdict>
  );
}
