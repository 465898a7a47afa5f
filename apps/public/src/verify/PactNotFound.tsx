import { useT } from '@zi/ui';
import { useId } from 'react';

/** No pact has this code: say so plainly, and what to check before suspecting the poster. */
export function PactNotFound({ code }: { code: string }) {
  const t = useT();
  const headingId = useId();
  return (
    <section
      className="verify-result verify-result--not-found"
      aria-labelledby={headingId}
      data-testid="verify-not-found"
    >
      <p className="verify-result__verdict">
        <span className="badge badge--danger">{t('verify.notRegistered')}</span>
      </p>
      <h2 id={headingId}>{t('verify.notFoundTitle', { code })}</h2>
      <p>{t('verify.notFoundBody')}</p>
      <ul className="hint-list">
        <li>{t('verify.hintPoster')}</li>
        <li>{t('verify.hintLookalike')}</li>
        <li>{t('verify.hintRecent')}</li>
        <li>{t('verify.hintReport')}</li>
      </ul>
    </section>
  );
}
