import { useT } from '@zi/ui';
import { useEffect, useId, useRef } from 'react';
import { revealQuestion } from '../worksheet/reveal-question';
import type { Incomplete, IncompleteArea } from './incomplete';

interface IncompleteListProps {
  layer: Incomplete['layer'];
  areas: readonly IncompleteArea[];
  onDismiss: () => void;
}

/** Why a submission or an approval was refused: each unanswered question by area, a link away. */
export function IncompleteList({ layer, areas, onDismiss }: IncompleteListProps) {
  const t = useT();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const count = areas.reduce((sum, area) => sum + area.questions.length, 0);
  return (
    <section
      className="incomplete alert alert--error"
      aria-labelledby={titleId}
      data-testid="incomplete-list"
    >
      <h3 className="alert__title" id={titleId} tabIndex={-1} ref={titleRef}>
        {t(layer === 'TPI' ? 'incomplete.titleTpi' : 'incomplete.title', { count })}
      </h3>
      <p>{t(layer === 'TPI' ? 'incomplete.introTpi' : 'incomplete.intro')}</p>
      {areas.map(({ area, questions }) => (
        <div key={area.code} className="incomplete__area">
          <p className="incomplete__area-title">
            <span className="code">{area.code}</span> {area.title}{' '}
            <span className="cell-note">{t('incomplete.areaCount', { count: questions.length })}</span>
          </p>
          <ul className="incomplete__questions">
            {questions.map((question) => (
              <li key={question.code}>
                <a
                  href={`#q-${question.code}`}
                  className="code"
                  data-testid="incomplete-link"
                  onClick={() => revealQuestion(question.code)}
                >
                  {question.code}
                </a>{' '}
                <span className="incomplete__text">{question.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <button type="button" className="button button--link" onClick={onDismiss}>
        {t('incomplete.dismiss')}
      </button>
    </section>
  );
}
