import type { VerifyLheQuery } from '@zi/schema/public';
import { formatDate, useLocale, useT } from '@zi/ui';
import { VerifyVerdict } from './VerifyVerdict';

type VerifiedLhe = NonNullable<VerifyLheQuery['verifyLhe']>;

/** Codes of evaluation reports (LHE) start so; any other code is a pact's. */
export const isLheCode = (code: string) => code.toUpperCase().startsWith('LHE-');

/** An issued evaluation report: what it is about, its number, day and the fingerprint of its file. */
export function LheFound({ report }: { report: VerifiedLhe }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <VerifyVerdict
      found={true}
      badge={t('verifyLhe.issued')}
      title={t('verifyLhe.foundTitle')}
      testId="lhe-found"
    >
      <dl className="facts">
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
