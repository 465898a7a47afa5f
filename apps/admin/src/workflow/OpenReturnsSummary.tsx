import { useT } from '@zi/ui';
import { useId } from 'react';
import { revealQuestion } from '../worksheet/reveal-question';
import type { LkeQuestion, OpenReturn } from '../worksheet/types';

interface OpenReturnsSummaryProps {
  returns: readonly OpenReturn[];
  questions: readonly LkeQuestion[];
}

/** What the TPI returned for revision, at the top of the worksheet, each a link to its question. */
export function OpenReturnsSummary({ returns, questions }: OpenReturnsSummaryProps) {
  const t = useT();
  const titleId = useId();
  if (returns.length === 0) return null;
  const text = new Map(questions.map((question) => [question.code, question.text]));
  return (
    <section className="returns-summary" aria-labelledby={titleId} data-testid="open-returns">
      <h2 id={titleId}>{t('returns.summaryTitle', { count: returns.length })}</h2>
      <p className="muted">{t('returns.summaryIntro')}</p>
      <ul className="returns-summary__list">
        {returns.map((open) => (
          <li key={open.code}>
            <a href={`#q-${open.code}`} className="code" onClick={() => revealQuestion(open.code)}>
              {open.code}
            </a>{' '}
            {text.get(open.code)}
            <p className="returns-summary__reason">{open.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
