import { useT } from '@zi/ui';
import { VerifyVerdict } from './VerifyVerdict';

/** No pact has this code: say so plainly, and what to check before suspecting the poster. */
export function PactNotFound({ code }: { code: string }) {
  const t = useT();
  return (
    <VerifyVerdict
      found={false}
      badge={t('verify.notRegistered')}
      title={t('verify.notFoundTitle', { code })}
      testId="verify-not-found"
    >
      <p>{t('verify.notFoundBody')}</p>
      <ul className="hint-list">
        <li>{t('verify.hintPoster')}</li>
        <li>{t('verify.hintLookalike')}</li>
        <li>{t('verify.hintRecent')}</li>
        <li>{t('verify.hintReport')}</li>
      </ul>
    </VerifyVerdict>
  );
}
