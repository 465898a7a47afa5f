import { useQuery } from '@apollo/client/react';
import { VerifyLheDocument, VerifyPactDocument } from '@zi/schema/public';
import { ErrorMessage, Loading, useT } from '@zi/ui';
import { useSearchParams } from 'react-router';
import { errorText } from '../api-error';
import { usePageMeta } from '../usePageMeta';
import { isLheCode, LheFound, LheNotFound } from '../verify/LheVerified';
import { PactFound } from '../verify/PactFound';
import { PactNotFound } from '../verify/PactNotFound';
import { VerifyForm } from '../verify/VerifyForm';
import { codeFromSearch, verifySearch } from '../verify/verify-params';

function PactResult({ code }: { code: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(VerifyPactDocument, { variables: { code } });
  if (loading) return <Loading />;
  if (error) return <ErrorMessage message={errorText(error, t)} onRetry={() => void refetch()} />;
  return data?.verifyPact ? <PactFound pact={data.verifyPact} /> : <PactNotFound code={code} />;
}

function LheResult({ code }: { code: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(VerifyLheDocument, { variables: { code } });
  if (loading) return <Loading />;
  if (error) return <ErrorMessage message={errorText(error, t)} onRetry={() => void refetch()} />;
  return data?.verifyLhe ? <LheFound report={data.verifyLhe} /> : <LheNotFound code={code} />;
}

/**
 * `/verifikasi?kode=…`: the code lives in the URL, so a scanned poster (a pact's) or report (an
 * LHE's, `LHE-…`) lands on the answer.
 */
export function VerifyPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const code = codeFromSearch(search);
  usePageMeta(code ? t('verify.titleWithCode', { code }) : t('verify.title'), t('verify.description'));

  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p className="page-intro">{t('verify.intro')}</p>
      <VerifyForm code={code} onVerify={(next) => setSearch(verifySearch(next))} />
      <div aria-live="polite">
        {code && (isLheCode(code) ? <LheResult code={code} /> : <PactResult code={code} />)}
      </div>
    </>
  );
}
